using System.Text.Json;
using Microsoft.Extensions.Logging;
using WireIngest.Core.Extraction;
using WireIngest.Core.Ingestion;
using WireIngest.Core.Messages;
using WireIngest.Core.Model;
using WireIngest.Core.Pipeline;

namespace WireIngest.Ingest;

/// <summary>
/// Reads inputs, runs each through the pipeline on all cores, and writes messages to stdout in input order.
/// A bad input costs one error line and never stops the others.
/// </summary>
internal sealed class IngestRunner(DocumentReader reader, ArticlePipeline pipeline, NinjsMessageWriter writer, ILogger<IngestRunner> logger)
{
    /// <summary>Ingests the paths; returns the exit code.</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> paths, string? url, bool jsonLines, Stream output, CancellationToken cancellationToken)
    {
        (IReadOnlyList<string> files, IReadOnlyList<string> missing) = InputExpander.Expand(paths);
        foreach (string path in missing)
        {
            Log.InputRejected(logger, path, "no such file or directory");
        }

        if (url is not null && files.Count != 1)
        {
            logger.LogError("--url names the address of one page; {Count} inputs were given", files.Count);
            return Cli.ExitCodes.Fatal;
        }

        try
        {
            return await WriteOutcomesAsync(files, missing.Count, url, jsonLines, output, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            // Inputs' own read errors never get here (each becomes its outcome): this is the output, e.g. a reader that went
            // away (`| head`). The workers stop with the enumeration; going on would write every message into the void.
            Log.OutputFailed(logger, ex.Message);
            return Cli.ExitCodes.Fatal;
        }
    }

    private async Task<int> WriteOutcomesAsync(IReadOnlyList<string> files, int missing, string? url, bool jsonLines, Stream output, CancellationToken cancellationToken)
    {
        var articles = new List<Article>();
        int failed = missing, messages = 0;
        await using var json = new Utf8JsonWriter(output, NinjsMessageWriter.GetWriterOptions(indented: !jsonLines));
        await foreach (InputOutcome outcome in ProcessInOrderAsync(files, url, cancellationToken).ConfigureAwait(false))
        {
            if (outcome.Result is null)
            {
                failed++;
                if (outcome.Unexpected)
                {
                    Log.InputFailed(logger, outcome.Input, outcome.Error!);
                    Log.InputFailedDetail(logger, outcome.Input, outcome.Exception!);
                }
                else
                {
                    Log.InputRejected(logger, outcome.Input, outcome.Error!);
                }

                continue;
            }

            foreach (string rejected in outcome.Result.RejectedStories)
            {
                Log.StoryRejected(logger, outcome.Input, rejected);
            }

            foreach (Article article in outcome.Result.Articles)
            {
                messages++;
                if (jsonLines)
                {
                    writer.Write(json, article);
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                    json.Reset();
                    output.WriteByte((byte)'\n');
                }
                else
                {
                    articles.Add(article);
                }
            }
        }

        if (!jsonLines)
        {
            WritePretty(json, articles);
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            output.WriteByte((byte)'\n');
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        Log.Summary(logger, files.Count + missing, messages, failed);
        return failed > 0 ? Cli.ExitCodes.InputFailed : Cli.ExitCodes.Success;
    }

    /// <summary>One object for one message, else an array.</summary>
    private void WritePretty(Utf8JsonWriter json, List<Article> articles)
    {
        if (articles.Count == 1)
        {
            writer.Write(json, articles[0]);
            return;
        }

        json.WriteStartArray();
        foreach (Article article in articles)
        {
            writer.Write(json, article);
        }

        json.WriteEndArray();
    }

    /// <summary>Processes the inputs on one thread per core, yielding outcomes in input order.</summary>
    private IAsyncEnumerable<InputOutcome> ProcessInOrderAsync(IReadOnlyList<string> files, string? url, CancellationToken cancellationToken)
    {
        int workers = Environment.ProcessorCount;
        return OrderedWork.RunAsync(files, (file, token) => Process(file, url, token), workers, ahead: Math.Max(16, workers * 8), cancellationToken);
    }

    // On the calling worker thread from start to end: the file is read synchronously (OrderedWork, DocumentReader.ReadFile).
    private InputOutcome Process(string file, string? url, CancellationToken cancellationToken)
    {
        try
        {
            RawDocument document = reader.ReadFile(file, url);
            return new InputOutcome(file, pipeline.Process(document, cancellationToken), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug must cost one input, not the run; the reason is worded as the worker's quarantine words it.
            bool unexpected = ex is not (DocumentRejectedException or IOException or UnauthorizedAccessException);
            return new InputOutcome(file, null, DocumentIngestor.Describe(ex), unexpected, ex);
        }
    }
}
