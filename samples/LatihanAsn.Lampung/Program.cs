// The sample host: a console application that uses LatihanAsn as another team would.
Console.WriteLine("LatihanAsn Lampung sample host: under construction.");
return 0;
