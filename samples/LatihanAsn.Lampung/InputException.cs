namespace LatihanAsn.Lampung;

/// <summary>Bad input (a file, a value): exit code 2, and the message is all the user needs.</summary>
internal class InputException(string message) : Exception(message);

/// <summary>A command line that does not parse: exit code 2, the message, then the usage text.</summary>
internal sealed class UsageException(string message) : InputException(message);
