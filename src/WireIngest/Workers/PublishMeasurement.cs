using System.Diagnostics;
using WireIngest.Core.Publishing;
using WireIngest.Core.Storage;
using WireIngest.Core.Telemetry;

namespace WireIngest.Workers;

/// <summary>Times every delivery to the sink (the publish histogram) and traces it as a <c>publish</c> activity.</summary>
internal static class PublishMeasurement
{
    /// <summary>Wraps <paramref name="sink"/>, keeping what it is: a batch sink stays a batch sink, so the relay treats it the same.</summary>
    public static IMessageSink Wrap(IMessageSink sink, WireIngestMetrics metrics, TimeProvider timeProvider) =>
        sink is IBatchMessageSink batch ? new MeasuredBatchMessageSink(batch, metrics, timeProvider) : new MeasuredMessageSink(sink, metrics, timeProvider);

    /// <summary>Runs <paramref name="send"/> for <paramref name="messages"/>, recording its time and outcome.</summary>
    /// <param name="messages">What is delivered.</param>
    /// <param name="metrics">Where the time goes.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="send">The delivery.</param>
    /// <param name="failureOf">Why a delivery that returned did not deliver everything, or <c>null</c>.</param>
    public static async Task<T> MeasureAsync<T>(IReadOnlyList<OutboxMessage> messages, WireIngestMetrics metrics, TimeProvider timeProvider,
        Func<Task<T>> send, Func<T, string?> failureOf)
    {
        using Activity? activity = WireIngestActivities.Source.StartActivity("publish", ActivityKind.Producer);
        activity?.SetTag(TelemetryTags.Count, messages.Count)
            .SetTag(TelemetryTags.ArticleId, messages is [OutboxMessage only] ? only.ArticleId : messages.Select(m => m.ArticleId).ToArray());
        long started = timeProvider.GetTimestamp();
        try
        {
            T result = await send().ConfigureAwait(false);
            Record(failureOf(result));
            return result;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Record(ex.Message);
            throw;
        }

        void Record(string? failure)
        {
            metrics.RecordPublish(failure is null, timeProvider.GetElapsedTime(started));
            activity?.SetTag(TelemetryTags.Outcome, failure is null ? "delivered" : "failed");
            if (failure is not null)
            {
                activity?.SetStatus(ActivityStatusCode.Error, failure);
            }
        }
    }
}
