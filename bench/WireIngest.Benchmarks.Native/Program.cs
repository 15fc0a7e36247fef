using System.Globalization;
using WireIngest.Benchmarks;

// dotnet publish -c Release bench/WireIngest.Benchmarks.Native -o artifacts/bench-native   (needs clang and zlib1g-dev, as the worker's publish)
// artifacts/bench-native/WireIngest.Benchmarks.Native ratio [ROUNDS]   from the repository root, ../shared beside it
if (args is ["ratio", ..] or [])
{
    return InterleavedRatio.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 40);
}

Console.Error.WriteLine("usage: WireIngest.Benchmarks.Native ratio [ROUNDS]");
return 2;
