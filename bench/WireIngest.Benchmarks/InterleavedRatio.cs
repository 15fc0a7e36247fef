using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace WireIngest.Benchmarks;

/// <summary>
/// Full ÷ parse measured pass against pass: each round times one parse-only pass and one full pass over the 132 pages
/// back to back (alternating which goes first), so that the other tenants of a shared machine slow both sides of a ratio
/// alike. BenchmarkDotNet runs all of one method's iterations before the other's, and on this machine its ratio moved
/// between 1.4 and 2.0 from one run to the next; the median of per-round ratios moves far less.
/// </summary>
internal static class InterleavedRatio
{
    public static int Run(int rounds)
    {
        var benchmarks = new ExtractionPasses();
        // Under the JIT: past tier-0 and the instrumented tier, both paths at steady state. Compiled ahead of time there
        // are no tiers; a few passes still settle the heap and the caches.
        double warmUpSeconds = RuntimeFeature.IsDynamicCodeCompiled ? 20 : 3;
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < warmUpSeconds)
        {
            benchmarks.ParseOnly();
            benchmarks.ExtractNormalizeSerialize();
        }

        var parse = new List<double>(rounds);
        var full = new List<double>(rounds);
        var ratios = new List<double>(rounds);
        long parseBytes = 0;
        long fullBytes = 0;
        for (int round = 0; round < rounds; round++)
        {
            double p;
            double f;
            if (round % 2 == 0)
            {
                p = Time(() => benchmarks.ParseOnly(), ref parseBytes);
                f = Time(() => benchmarks.ExtractNormalizeSerialize(), ref fullBytes);
            }
            else
            {
                f = Time(() => benchmarks.ExtractNormalizeSerialize(), ref fullBytes);
                p = Time(() => benchmarks.ParseOnly(), ref parseBytes);
            }

            parse.Add(p);
            full.Add(f);
            ratios.Add(f / p);
        }

        double pages = ExtractionPasses.Pages;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(RuntimeFeature.IsDynamicCodeCompiled ? "JIT" : "native AOT")}, {rounds} rounds: parse median {Median(parse) / pages:F3} ms/page, full median {Median(full) / pages:F3} ms/page; " +
            $"full / parse per round: median {Median(ratios):F3} (quartiles {Quantile(ratios, 0.25):F3}–{Quantile(ratios, 0.75):F3}); " +
            $"allocated per page: parse {parseBytes / (rounds * pages) / 1024:F0} KB, full {fullBytes / (rounds * pages) / 1024:F0} KB " +
            $"({(double)fullBytes / parseBytes:F2}x)"));
        return 0;
    }

    private static double Time(Func<long> pass, ref long allocated)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        long started = Stopwatch.GetTimestamp();
        pass();
        double ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        return ms;
    }

    private static double Median(List<double> values) => Quantile(values, 0.5);

    private static double Quantile(List<double> values, double q)
    {
        double[] sorted = [.. values.Order()];
        double at = q * (sorted.Length - 1);
        int low = (int)Math.Floor(at);
        int high = (int)Math.Ceiling(at);
        return sorted[low] + ((sorted[high] - sorted[low]) * (at - low));
    }
}
