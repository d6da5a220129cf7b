using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/LatihanAsn.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
