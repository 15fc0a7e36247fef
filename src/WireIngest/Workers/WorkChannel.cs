using System.Threading.Channels;

namespace WireIngest.Workers;

/// <summary>The bounded channel between source loops and ingest workers; a full channel makes the sources wait (backpressure).</summary>
internal static class WorkChannel
{
    public static Channel<WorkItem> Create(int capacity) =>
        Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(capacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleWriter = false,
            SingleReader = false,
        });
}
