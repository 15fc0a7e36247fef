using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace WireIngest.Hosting;

/// <summary>
/// Builds the generic host every verb runs in: <c>appsettings.json</c> from the executable's folder (no reload-on-change,
/// so no file watcher), then <c>WireIngest__…</c> environment variables, then the command line; Serilog as the only logger.
/// </summary>
internal static class WireIngestHost
{
    /// <summary>Creates the builder.</summary>
    /// <param name="args">Configuration overrides (<c>--WireIngest:Key=value</c>).</param>
    /// <param name="dataOnStdout">The verb prints data on stdout, so every log event goes to stderr.</param>
    public static HostApplicationBuilder CreateBuilder(string[] args, bool dataOnStdout)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });
        AddSources(builder.Configuration, args);

        LogConsoleFormat format = ChooseFormat(dataOnStdout, Console.IsOutputRedirected);
        builder.Services.AddSerilog((_, logger) => ConfigureLogger(logger, builder.Configuration, format), preserveStaticLogger: false, writeToProviders: true);
        builder.Services.AddWireIngestCore(builder.Configuration);
        builder.Services.AddWireIngestTracing(builder.Configuration);
        return builder;
    }

    /// <summary>The configuration alone, as the host reads it, for verbs that run without a host.</summary>
    public static IConfigurationRoot CreateConfiguration(string[] args) => AddSources(new ConfigurationBuilder(), args).Build();

    /// <summary>
    /// The configuration sources of every verb, later ones winning: <c>appsettings.json</c> beside the executable (not watched),
    /// environment variables (<c>WireIngest__Health__Port</c>), the command line (<c>--WireIngest:Health:Port=8080</c>).
    /// </summary>
    public static IConfigurationBuilder AddSources(IConfigurationBuilder configuration, string[] args) =>
        configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine(args);

    /// <summary>The logger used before the host exists and for failures that stop it.</summary>
    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.Console(outputTemplate: ConsoleTemplate, standardErrorFromLevel: LogEventLevel.Verbose, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();

    private const string ConsoleTemplate = "[{Level:u3}] {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Data verbs keep stdout for data; the worker writes JSON lines when nobody reads its output on a terminal (a container's
    /// log driver, systemd, a pipe) and readable lines otherwise.
    /// </summary>
    public static LogConsoleFormat ChooseFormat(bool dataOnStdout, bool outputRedirected) =>
        dataOnStdout ? LogConsoleFormat.Stderr : outputRedirected ? LogConsoleFormat.Json : LogConsoleFormat.Text;

    /// <summary>Configures Serilog's levels from the <c>Serilog</c> section, with the console sink in <paramref name="format"/>.</summary>
    public static LoggerConfiguration ConfigureLogger(LoggerConfiguration logger, IConfiguration configuration, LogConsoleFormat format)
    {
        ArgumentNullException.ThrowIfNull(logger);
        SerilogLevels.Apply(logger, configuration).Enrich.FromLogContext();
        return format == LogConsoleFormat.Json
            ? logger.WriteTo.Console(new CompactJsonFormatter())
            : logger.WriteTo.Console(
                outputTemplate: ConsoleTemplate,
                standardErrorFromLevel: format == LogConsoleFormat.Stderr ? LogEventLevel.Verbose : null,
                formatProvider: System.Globalization.CultureInfo.InvariantCulture);
    }
}
