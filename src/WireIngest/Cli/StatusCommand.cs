using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WireIngest.Core.Storage;

namespace WireIngest.Cli;

/// <summary><c>wireingest status [--json]</c>: per source last poll, last success, counts and last error; outbox depth; quarantine count.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print the status as one JSON object instead of a table." };
        return StoreVerb.Create(
            "status",
            "What the worker has done, from the store: per source last poll, last success, counts and last error; outbox depth; quarantine count.",
            async (parse, services, output, token) =>
            {
                StoreStatus status = await services.GetRequiredService<SqliteStore>().SourceStatus.ReadAsync(token).ConfigureAwait(false);
                await (parse.GetValue(json) ? WriteJsonAsync(status, output) : WriteTableAsync(status, output)).ConfigureAwait(false);
                return ExitCodes.Success;
            },
            json);
    }

    private static Task WriteJsonAsync(StoreStatus status, TextWriter output) =>
        output.WriteLineAsync(JsonSerializer.Serialize(status, StatusJson.Default.StoreStatus));

    private static async Task WriteTableAsync(StoreStatus status, TextWriter output)
    {
        await output.WriteLineAsync($"{"SOURCE",-16}  {"LAST POLL",-20}  {"LAST SUCCESS",-20}  {"SEEN",7}  {"NEW",7}  {"UPDATED",7}  {"DUP",7}  {"STALE",6}  {"FAILED",6}  LAST ERROR").ConfigureAwait(false);
        foreach (SourceStatus s in status.Sources)
        {
            string error = s.LastError is null ? "-" : $"{CliTime.Format(s.LastErrorAt)} {s.LastError}";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{s.Source,-16}  {CliTime.Format(s.LastPollAt),-20}  {CliTime.Format(s.LastSuccessAt),-20}  {s.Seen,7}  {s.New,7}  {s.Updated,7}  {s.Duplicate,7}  {s.Stale,6}  {s.Failed,6}  {error}")).ConfigureAwait(false);
        }

        string oldest = status.OldestPendingAt is null ? string.Empty : $" (oldest {CliTime.Format(status.OldestPendingAt)})";
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"outbox: {status.OutboxPending} pending{oldest}, {status.OutboxRejected} rejected")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"quarantine: {status.Quarantined} not replayed")).ConfigureAwait(false);
    }
}
