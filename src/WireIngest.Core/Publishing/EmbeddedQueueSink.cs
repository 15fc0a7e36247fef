using WireIngest.Core.Storage;

namespace WireIngest.Core.Publishing;

/// <summary>
/// The default sink: the outbox row itself is the queue entry (the relay marks it published); with
/// <see cref="QueueOptions.Directory"/> set it also writes <c>&lt;messageId&gt;.json</c> there, atomically, so a reader never sees
/// half a file and a re-send replaces the file with the same bytes.
/// </summary>
internal sealed class EmbeddedQueueSink(QueueOptions options) : IMessageSink
{
    private readonly string? _directory = string.IsNullOrWhiteSpace(options.Directory) ? null : Path.GetFullPath(options.Directory);

    public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_directory is null)
        {
            return;
        }

        Directory.CreateDirectory(_directory);
        string target = Path.Combine(_directory, message.MessageId + ".json");
        string temp = Path.Combine(_directory, "." + message.MessageId + ".json.tmp");
        await using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
        {
            await file.WriteAsync(message.Body, cancellationToken).ConfigureAwait(false);
            // Flushed to disk before the rename, so a crash cannot leave the final name pointing at empty data.
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, target, overwrite: true);
    }
}
