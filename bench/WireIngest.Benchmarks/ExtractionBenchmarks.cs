using BenchmarkDotNet.Attributes;

namespace WireIngest.Benchmarks;

/// <summary>
/// Per page of the aeb corpus: the DOM parse alone against the whole hot path (<see cref="ExtractionPasses"/>), under
/// the JIT and compiled ahead of time (<see cref="MedianConfig"/>). Issue 5 asks full/parse ≤ 1.5 in time and bytes.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(MedianConfig))]
public class ExtractionBenchmarks
{
    private ExtractionPasses passes = null!;

    [GlobalSetup]
    public void Setup() => passes = new ExtractionPasses();

    [Benchmark(Baseline = true, OperationsPerInvoke = ExtractionPasses.Pages)]
    public int ParseOnly() => passes.ParseOnly();

    [Benchmark(OperationsPerInvoke = ExtractionPasses.Pages)]
    public long ExtractNormalizeSerialize() => passes.ExtractNormalizeSerialize();
}
