using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Environments;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.NativeAot;

namespace WireIngest.Benchmarks;

/// <summary>
/// Two jobs with enough iterations for a stable median on a shared 2-core machine (each operation is all 132 pages, so
/// <c>--job short</c>'s three iterations let one noisy second decide the ratio), under the worker's GC mode: workstation,
/// non-concurrent, as <c>src/WireIngest</c> sets it. One runs under the JIT (with dynamic PGO), the other compiled ahead
/// of time: the SDK's own ILCompiler (no version named, so no preview feed to reach) for x86-64-v2, the instruction set
/// of <c>src/WireIngest/NativeAot.props</c>. BenchmarkDotNet's generated project imports no props file (it copies a fixed
/// list of properties), so the job hands NativeAot.props to MSBuild's <c>CustomBeforeMicrosoftCommonTargets</c> hook: its
/// generated project then compiles with the worker's own settings (the framework profile, no dehydration, the GC mode), as
/// the native runner (bench/WireIngest.Benchmarks.Native) does by importing it.
/// </summary>
public sealed class MedianConfig : ManualConfig
{
    public MedianConfig()
    {
        Job median = Job.Default.WithWarmupCount(8).WithIterationCount(15).WithGcServer(false).WithGcConcurrent(false);
        // Compiling this project and BenchmarkDotNet ahead of time takes over the default 5-minute build timeout on a 2-core
        // machine; past it the NativeAOT job's build is killed and its rows come out NA.
        WithBuildTimeout(TimeSpan.FromMinutes(20));
        AddJob(median.WithId("Median15"));
        AddJob(median.WithRuntime(NativeAotRuntime.Net10_0).WithId("NativeAot")
            .WithArguments([new MsBuildArgument($"/p:CustomBeforeMicrosoftCommonTargets={NativeAotProps()}")])
            .WithToolchain(NativeAotToolchain.CreateBuilder()
            .UseNuGet(string.Empty, "https://api.nuget.org/v3/index.json")
            .IlcInstructionSet("x86-64-v2")
            .TargetFrameworkMoniker("net10.0")
            .ToToolchain()));
    }

    // src/WireIngest/NativeAot.props of this checkout, found from the benchmark's own output folder upwards.
    private static string NativeAotProps()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string props = Path.Combine(dir.FullName, "src", "WireIngest", "NativeAot.props");
            if (File.Exists(props))
            {
                return props;
            }
        }

        throw new FileNotFoundException("src/WireIngest/NativeAot.props not found above " + AppContext.BaseDirectory);
    }
}
