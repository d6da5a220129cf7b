using BenchmarkDotNet.Running;
using LatihanAsn.Benchmarks.HostPath;

// dotnet run -c Release --project benchmarks/LatihanAsn.Benchmarks -- --filter '*'
// The host-path benchmark, a timed harness over whole runs of the sample host (see benchmarks/README.md):
// dotnet run -c Release --project benchmarks/LatihanAsn.Benchmarks -- host-path --sample <LatihanAsn.Lampung.dll> --employees 10000,100000 [--postgres "<connection string>"] [--out FILE.md]
if (args.Length > 0 && args[0] == "host-path")
{
    return await HostPathCommand.RunAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
