using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace WireIngest.Benchmarks;

/// <summary>
/// One job with enough iterations for a stable median on a shared 2-core machine (each operation is all 132 pages, so
/// <c>--job short</c>'s three iterations let one noisy second decide the ratio), under the worker's GC mode: workstation,
/// non-concurrent, as <c>src/WireIngest</c> sets it.
/// </summary>
public sealed class MedianConfig : ManualConfig
{
    public MedianConfig() =>
        AddJob(Job.Default.WithWarmupCount(8).WithIterationCount(15).WithGcServer(false).WithGcConcurrent(false).WithId("Median15"));
}
