using System.Diagnostics;

namespace WireIngest.Benchmarks;

/// <summary>Runs the full extraction over the aeb pages until time is up, so that dotnet-trace samples a warm hot path.</summary>
internal static class ProfileLoop
{
    public static int Run(double seconds)
    {
        var benchmarks = new ExtractionPasses();
        int gcBefore = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        int passes = 0;
        long bytes = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            bytes += benchmarks.ExtractNormalizeSerialize();
            passes++;
        }

        double perPage = clock.Elapsed.TotalMilliseconds / (passes * (double)ExtractionPasses.Pages);
        double gcPerPage = (GC.CollectionCount(0) - gcBefore) / (passes * (double)ExtractionPasses.Pages);
        Console.WriteLine($"{passes} passes, {perPage:F2} ms per page, {gcPerPage:F2} gen0 GCs per page, {bytes} message bytes");
        return 0;
    }
}
