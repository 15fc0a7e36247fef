using System.CommandLine;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WireIngest.Core.Storage;

namespace WireIngest.Cli;

/// <summary><c>wireingest queue list|show|export</c>: the embedded queue, read from the outbox.</summary>
internal static class QueueCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "How many of the latest messages to list.", DefaultValueFactory = _ => 50 };
        var id = new Argument<string>("ID") { Description = "The message id (64 hex digits)." };
        var jsonl = new Option<bool>("--jsonl") { Description = "One message per line (the only export format; required)." };
        return new Command("queue", "The embedded queue: messages of stored article versions, from the outbox.")
        {
            StoreVerb.Create("list", "List the latest messages as a table (id, version, state, subject, created, published, article).", ListAsync(limit), limit),
            StoreVerb.Create("show", "Print one message's ninjs JSON.", ShowAsync(id), id),
            StoreVerb.Create("export", "Write every published message as JSON lines on stdout (logs go to stderr).", ExportAsync(jsonl), jsonl),
        };
    }

    private static Func<ParseResult, IServiceProvider, TextWriter, CancellationToken, Task<int>> ListAsync(Option<int> limit) =>
        async (parse, services, output, token) =>
        {
            IReadOnlyList<OutboxMessage> messages = await services.GetRequiredService<IOutboxStore>().ListAsync(Math.Max(1, parse.GetValue(limit)), token).ConfigureAwait(false);
            await output.WriteLineAsync($"{"MESSAGE ID",-64}  {"VER",3}  {"STATE",-9}  {"SUBJECT",-16}  {"CREATED",-20}  {"PUBLISHED",-20}  ARTICLE").ConfigureAwait(false);
            foreach (OutboxMessage m in messages)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{m.MessageId,-64}  {m.Version,3}  {m.State,-9}  {m.Subject,-16}  {CliTime.Format(m.CreatedAt),-20}  {CliTime.Format(m.PublishedAt),-20}  {m.ArticleId}")).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        };

    private static Func<ParseResult, IServiceProvider, TextWriter, CancellationToken, Task<int>> ShowAsync(Argument<string> id) =>
        async (parse, services, output, token) =>
        {
            string messageId = parse.GetValue(id)!.Trim();
            OutboxMessage? message = await services.GetRequiredService<IOutboxStore>().GetAsync(messageId, token).ConfigureAwait(false);
            if (message is null)
            {
                CliLog.MessageNotFound(Logger(services), messageId);
                return ExitCodes.Fatal;
            }

            await output.WriteLineAsync(Encoding.UTF8.GetString(message.Body.Span)).ConfigureAwait(false);
            return ExitCodes.Success;
        };

    private static Func<ParseResult, IServiceProvider, TextWriter, CancellationToken, Task<int>> ExportAsync(Option<bool> jsonl) =>
        async (parse, services, output, token) =>
        {
            if (!parse.GetValue(jsonl))
            {
                CliLog.ExportFormatMissing(Logger(services));
                return ExitCodes.Fatal;
            }

            await foreach (OutboxMessage message in services.GetRequiredService<IOutboxStore>().ReadAllAsync(OutboxState.Published, token).ConfigureAwait(false))
            {
                await output.WriteLineAsync(Encoding.UTF8.GetString(message.Body.Span)).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        };

    private static ILogger Logger(IServiceProvider services) => services.GetRequiredService<ILoggerFactory>().CreateLogger("WireIngest");
}
