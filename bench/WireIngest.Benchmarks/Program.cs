using BenchmarkDotNet.Running;
using WireIngest.Benchmarks;

// dotnet run -c Release --project bench/WireIngest.Benchmarks -- --filter '*'   (from the repository root, ../shared beside it)
// dotnet run -c Release --project bench/WireIngest.Benchmarks -- loop [SECONDS]  the full path in a loop, for a profiler to sample
// dotnet run -c Release --project bench/WireIngest.Benchmarks -- ratio [ROUNDS]   parse and full passes interleaved: median full / parse
// dotnet run -c Release --project bench/WireIngest.Benchmarks -- stages [ROUNDS]  the HTML extractor's stages one at a time, µs and KB per page
// dotnet run -c Release --project bench/WireIngest.Benchmarks -- nesting DIR      MarkupNesting over every file under DIR: most steps, deepest
if (args is ["loop", ..])
{
    return ProfileLoop.Run(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20);
}

if (args is ["ratio", ..])
{
    return InterleavedRatio.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40);
}

if (args is ["stages", ..])
{
    return StageTimes.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40);
}

if (args is ["nesting", string folder])
{
    return NestingSurvey.Run(folder);
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
return 0;
