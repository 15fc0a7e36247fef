using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireIngest.Core.Extraction;
using WireIngest.Core.Ingestion;
using WireIngest.Core.Model;
using WireIngest.Core.Publishing;
using WireIngest.Core.Storage;

namespace WireIngest.Cli;

/// <summary><c>wireingest quarantine list|show|replay</c>: documents that failed, with their error and origin.</summary>
internal static class QuarantineCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "How many of the latest entries to list.", DefaultValueFactory = _ => 50 };
        var all = new Option<bool>("--all") { Description = "Include entries already replayed." };
        var id = new Argument<long>("ID") { Description = "The quarantine id (from list)." };
        return new Command("quarantine", "Documents that failed: never retried on their own; look at them and replay them after a fix.")
        {
            StoreVerb.Create("list", "List quarantined documents (id, when, source, origin, error).", ListAsync(limit, all), limit, all),
            StoreVerb.Create("show", "Print one entry: its error and origin, then the document's text.", ShowAsync(id), id),
            StoreVerb.Create("replay", "Run the stored document through the pipeline and store again; on success the entry is marked replayed.", ReplayAsync(id), id),
        };
    }

    private static Func<ParseResult, IServiceProvider, TextWriter, CancellationToken, Task<int>> ListAsync(Option<int> limit, Option<bool> all) =>
        async (parse, services, output, token) =>
        {
            IReadOnlyList<QuarantineEntry> entries = await services.GetRequiredService<IQuarantineStore>()
                .ListAsync(Math.Max(1, parse.GetValue(limit)), parse.GetValue(all), token).ConfigureAwait(false);
            await output.WriteLineAsync($"{"ID",6}  {"CREATED",-20}  {"SOURCE",-12}  {"ORIGIN",-40}  ERROR").ConfigureAwait(false);
            foreach (QuarantineEntry e in entries)
            {
                string origin = e.OriginFile ?? e.OriginUrl ?? "-";
                string replayed = e.ReplayedAt is null ? string.Empty : " (replayed)";
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{e.Id,6}  {e.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss'Z'}  {e.Source,-12}  {origin,-40}  {e.Error}{replayed}")).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        };

    private static Func<ParseResult, IServiceProvider, TextWriter, CancellationToken, Task<int>> ShowAsync(Argument<long> id) =>
        async (parse, services, output, token) =>
        {
            QuarantineEntry? entry = await FindAsync(parse.GetValue(id), services, token).ConfigureAwait(false);
            if (entry is null)
            {
                return ExitCodes.Fatal;
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"id: {entry.Id}\nsource: {entry.Source}\nfile: {entry.OriginFile ?? "-"}\nurl: {entry.OriginUrl ?? "-"}")).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"created: {entry.CreatedAt:O}\nreplayed: {(entry.ReplayedAt is { } r ? r.ToString("O", CultureInfo.InvariantCulture) : "-")}\nerror: {entry.Error}")).ConfigureAwait(false);
            await output.WriteLineAsync(entry.Content is null ? "(content not kept: the file could not be read)" : $"content ({entry.Content.Length:N0} bytes):").ConfigureAwait(false);
            if (entry.Content is not null)
            {
                await output.WriteLineAsync(Encoding.UTF8.GetString(entry.Content)).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        };

    private static Func<ParseResult, IServiceProvider, TextWriter, CancellationToken, Task<int>> ReplayAsync(Argument<long> id) =>
        async (parse, services, output, token) =>
        {
            QuarantineEntry? entry = await FindAsync(parse.GetValue(id), services, token).ConfigureAwait(false);
            if (entry is null)
            {
                return ExitCodes.Fatal;
            }

            var quarantine = services.GetRequiredService<IQuarantineStore>();
            try
            {
                var origin = new DocumentOrigin(entry.OriginFile, entry.OriginUrl);
                // A file that could not be read is read again from where it was; that is what a fix (permissions) changes.
                byte[] content = entry.Content ?? await File.ReadAllBytesAsync(entry.OriginFile ?? throw new DocumentRejectedException("no content kept and no file to read"), token).ConfigureAwait(false);
                RawDocument document = services.GetRequiredService<DocumentReader>().FromBytes(content, origin, entry.ContentType);
                await using AsyncServiceScope scope = services.CreateAsyncScope();
                IReadOnlyList<SaveResult> saves = await scope.ServiceProvider.GetRequiredService<DocumentIngestor>().StoreAsync(document, token).ConfigureAwait(false);
                await quarantine.MarkReplayedAsync(entry.Id, token).ConfigureAwait(false);
                await services.GetRequiredService<OutboxRelay>().RelayDueAsync(token).ConfigureAwait(false);
                foreach (SaveResult save in saves)
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{save.Outcome.ToString().ToLowerInvariant()}: {save.ArticleId} v{save.Version} {save.MessageId ?? string.Empty}")).ConfigureAwait(false);
                }

                return ExitCodes.Success;
            }
            catch (Exception ex) when (DocumentIngestor.IsDocumentFailure(ex))
            {
                string error = DocumentIngestor.Describe(ex);
                await quarantine.UpdateErrorAsync(entry.Id, error, token).ConfigureAwait(false);
                CliLog.ReplayFailed(Logger(services), entry.Id, error);
                return ExitCodes.InputFailed;
            }
        };

    private static async Task<QuarantineEntry?> FindAsync(long id, IServiceProvider services, CancellationToken token)
    {
        QuarantineEntry? entry = await services.GetRequiredService<IQuarantineStore>().GetAsync(id, token).ConfigureAwait(false);
        if (entry is null)
        {
            CliLog.QuarantineEntryNotFound(Logger(services), id);
        }

        return entry;
    }

    private static ILogger Logger(IServiceProvider services) => services.GetRequiredService<ILoggerFactory>().CreateLogger("WireIngest");
}
