using BenchmarkDotNet.Running;
using LatihanAsn.Benchmarks;
using LatihanAsn.Benchmarks.HostPath;

// dotnet run -c Release --project benchmarks/LatihanAsn.Benchmarks -- --filter '*'
// The host-path benchmark, a timed harness over whole runs of the sample host (see benchmarks/README.md):
// dotnet run -c Release --project benchmarks/LatihanAsn.Benchmarks -- host-path --sample <LatihanAsn.Lampung.dll> --employees 10000,100000 [--postgres "<connection string>"] [--out FILE.md]
// The composer-quality harness: the built-in composer against its own proven bound on seeded province-sized problems:
// dotnet run -c Release --project benchmarks/LatihanAsn.Benchmarks -- composer-quality [--employees 3000,6000] [--courses 13] [--budget 2500000000] [--out FILE.md]
if (args.Length > 0 && args[0] == "composer-quality")
{
    return ComposerQuality.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "host-path")
{
    return await HostPathCommand.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
