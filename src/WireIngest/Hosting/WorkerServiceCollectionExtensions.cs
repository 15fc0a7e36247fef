using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using WireIngest.Core.Extraction;
using WireIngest.Core.Ingestion;
using WireIngest.Core.Messages;
using WireIngest.Core.Publishing;
using WireIngest.Core.Sources;
using WireIngest.Core.Storage;
using WireIngest.Hosting;
using WireIngest.ServiceBus;
using WireIngest.Workers;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the durable worker: store, sources, ingestion, outbox relay, hosted loops.</summary>
internal static class WorkerServiceCollectionExtensions
{
    private const string StoreSection = "WireIngest:Store";
    private const string IdentitySection = "WireIngest:Identity";
    private const string QueueSection = "WireIngest:Queue";
    private const string CircuitSection = "WireIngest:Circuit";
    private const string TelemetrySection = "WireIngest:Telemetry";
    private const string PipelineSection = "WireIngest:Pipeline";
    private const string HealthSection = "WireIngest:Health";

    /// <summary>
    /// The SQLite store, the outbox relay behind its circuit, and the sink (Service Bus when configured, else the embedded
    /// queue), with their options validated at start; the circuit's state is the <c>publishing</c> health check (tag <c>ready</c>).
    /// </summary>
    public static IServiceCollection AddWireIngestStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StoreSection).ValidateSection(StoreSection, new StorageOptionsAnnotations());
        services.AddOptions<IdentityOptions>().BindConfiguration(IdentitySection).ValidateSection(IdentitySection, new IdentityOptionsAnnotations());
        services.AddOptions<PublishingOptions>().BindConfiguration("WireIngest:Publishing").ValidateOnStart();
        services.AddOptions<QueueOptions>().BindConfiguration(QueueSection).ValidateSection(QueueSection, new QueueOptionsAnnotations());
        services.TryAddSingleton(sp => new SqliteStore(
            Value<StorageOptions>(sp), Value<IdentityOptions>(sp), Value<PublishingOptions>(sp), sp.GetRequiredService<NinjsMessageWriter>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<SqliteStore>().Migrator);
        services.TryAddSingleton(sp => sp.GetRequiredService<SqliteStore>().Articles);
        services.TryAddSingleton(sp => sp.GetRequiredService<SqliteStore>().Outbox);
        services.TryAddSingleton(sp => sp.GetRequiredService<SqliteStore>().Quarantine);
        services.TryAddSingleton(sp => sp.GetRequiredService<SqliteStore>().Documents);
        services.TryAddSingleton(sp => sp.GetRequiredService<SqliteStore>().Retention);
        services.AddOptions<ServiceBusOptions>().BindConfiguration(ServiceBusOptionsValidator.Section)
            .ValidateSection(ServiceBusOptionsValidator.Section, new ServiceBusOptionsAnnotations());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ServiceBusOptions>, ServiceBusOptionsValidator>());
        services.AddOptions<CircuitOptions>().BindConfiguration(CircuitSection).ValidateSection(CircuitSection, new CircuitOptionsAnnotations());
        services.TryAddSingleton(MessageSinkFactory.Create);
        services.TryAddSingleton(sp => new PublishingCircuit(
            Value<CircuitOptions>(sp), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Logging.ILogger<PublishingCircuit>>()));
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetrySection).ValidateSection(TelemetrySection, new TelemetryOptionsAnnotations());
        services.TryAddSingleton(sp => new StoreGauges(
            sp.GetRequiredService<SqliteStore>().SourceStatus, sp.GetRequiredService<TimeProvider>(), Value<TelemetryOptions>(sp).StoreGaugeMaxAge));
        services.TryAddSingleton<WireIngestMetrics>();
        // Registered before the worker's loops, so the provider listens (and its hosted service starts) before the first document.
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(WireIngestMetrics.MeterName).AddPrometheusExporter());
        // The sink as registered (tests replace it) with every delivery timed and traced.
        services.TryAddSingleton(sp => new OutboxRelay(
            sp.GetRequiredService<IOutboxStore>(),
            PublishMeasurement.Wrap(sp.GetRequiredService<IMessageSink>(), sp.GetRequiredService<WireIngestMetrics>(), sp.GetRequiredService<TimeProvider>()),
            Value<QueueOptions>(sp), sp.GetRequiredService<Logging.ILogger<OutboxRelay>>(), sp.GetRequiredService<PublishingCircuit>()));
        services.AddHealthChecks()
            .AddCheck<PublishingHealthCheck>(PublishingHealthCheck.Name, tags: [HealthEndpoint.ReadyTag])
            .AddCheck<StoreWritableHealthCheck>(StoreWritableHealthCheck.Name, tags: [HealthEndpoint.ReadyTag]);
        services.TryAddScoped<DocumentIngestor>();
        return services;
    }

    /// <summary>Sources, the document processor and <c>run --once</c>; the hosted loops only with <paramref name="hosted"/>.</summary>
    public static IServiceCollection AddWireIngestWorker(this IServiceCollection services, bool hosted)
    {
        services.AddWireIngestStorage();
        services.AddOptions<SourceListOptions>()
            .BindConfiguration("WireIngest")
            .PostConfigure(o =>
            {
                if (o.Sources.Count == 0)
                {
                    o.Sources.Add(new SourceOptions { Name = "samples" });
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SourceListOptions>, SourceListOptionsValidator>());
        services.AddOptions<WorkerOptions>().BindConfiguration(PipelineSection).ValidateSection(PipelineSection, new WorkerOptionsAnnotations());
        services.TryAddSingleton(sp => new WireSourceFactory(
            sp.GetRequiredService<DocumentLimits>(), sp.GetRequiredService<IDocumentLedger>(), sp.GetRequiredService<SqliteStore>().HttpValidators,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<Logging.ILoggerFactory>()));
        services.TryAddSingleton<SourceRegistry>();
        services.TryAddSingleton<DocumentProcessor>();
        services.TryAddSingleton<WorkerState>();
        services.TryAddSingleton<SourceStatusRecorder>();
        services.TryAddSingleton<OnceRunner>();
        if (hosted)
        {
            services.TryAddSingleton<RelaySignal>();
            services.TryAddSingleton<SourcePollClock>();
            services.AddOptions<HealthOptions>().BindConfiguration(HealthSection).ValidateSection(HealthSection, new HealthOptionsAnnotations());
            services.AddOptions<HostOptions>().Configure<IOptions<WorkerOptions>>(ApplyShutdownTimeout);
            services.AddHealthChecks().AddCheck<SourcesPolledHealthCheck>(SourcesPolledHealthCheck.Name, tags: [HealthEndpoint.ReadyTag]);
            services.TryAddSingleton(sp => WorkChannel.Create(Value<WorkerOptions>(sp).ChannelCapacity));
            // Registration order is start order: schema first, then the consumers, then the producers.
            services.AddHostedService<MigrationService>();
            services.AddHostedService<OutboxRelayWorker>();
            services.TryAddSingleton<RetentionPass>();
            services.AddHostedService<RetentionWorker>();
            services.AddHostedService<IngestWorker>();
            services.AddHostedService<SourcePollingWorker>();
            // Last: ready is only asked once the loops run.
            services.AddHostedService<HealthEndpointService>();
        }

        return services;
    }

    private static void ApplyShutdownTimeout(HostOptions host, IOptions<WorkerOptions> worker)
    {
        try
        {
            host.ShutdownTimeout = worker.Value.ShutdownTimeout;
        }
        catch (OptionsValidationException)
        {
            // The host reads its options while it is built; the start-up validation then names the bad setting.
        }
    }

    // Each section is bound at its call site with the concrete options type: the configuration binding source generator
    // (the app is Native AOT) cannot generate a generic call. The annotation keeps the constructor OptionsFactory calls.
    private static void ValidateSection<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions>(
        this OptionsBuilder<TOptions> options, string section, IValidateOptions<TOptions> annotations)
        where TOptions : class
    {
        options.ValidateOnStart();
        options.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new SectionOptionsValidator<TOptions>(section, annotations)));
    }

    private static T Value<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(IServiceProvider services)
        where T : class => services.GetRequiredService<IOptions<T>>().Value;
}
