using Serilog;
using WireIngest.Cli;
using WireIngest.Hosting;

Log.Logger = WireIngestHost.CreateBootstrapLogger();
try
{
    return await CliApplication.CreateRootCommand().Parse(args).InvokeAsync().ConfigureAwait(false);
}
catch (Exception ex)
{
    Log.Fatal(ex, "wireingest stopped on an unhandled error");
    return ExitCodes.Fatal;
}
finally
{
    await Log.CloseAndFlushAsync().ConfigureAwait(false);
}
