using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/WireIngest.Benchmarks -- --filter '*'   (from the repository root, ../shared beside it)
BenchmarkSwitcher.FromAssembly(typeof(WireIngest.Benchmarks.ExtractionBenchmarks).Assembly).Run(args);
