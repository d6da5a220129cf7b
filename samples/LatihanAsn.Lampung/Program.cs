// The sample host: the LatihanAsn package used as another team would use it (see the README, "The sample host").
return await LatihanAsn.Lampung.Cli.RunAsync(args, Console.Out, Console.Error);
