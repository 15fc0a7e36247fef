using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;

namespace WireIngest.Core.Publishing;

/// <summary>
/// The relay's circuit breaker: after repeated failed sends it stops calling the broker for <see cref="CircuitOptions.BreakDuration"/>
/// (messages wait in the outbox, no busy loop), then lets one send through to find out whether the broker is back. It logs
/// once per state change, never per message; <see cref="State"/> feeds the readiness check.
/// </summary>
public sealed class PublishingCircuit
{
    private readonly CircuitBreakerStateProvider _state = new();
    private readonly ResiliencePipeline _pipeline;
    private string? _lastFailure;

    /// <summary>Creates the circuit.</summary>
    public PublishingCircuit(CircuitOptions options, TimeProvider timeProvider, ILogger<PublishingCircuit> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = timeProvider }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                // More than half: a single failure after a success is a blip the client's retries did not cover, not an outage.
                FailureRatio = 0.6,
                MinimumThroughput = options.MinimumThroughput,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                StateProvider = _state,
                ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome)),
                OnOpened = args =>
                {
                    PublishingLog.CircuitOpened(logger, args.BreakDuration, _lastFailure ?? "unknown error");
                    return ValueTask.CompletedTask;
                },
                OnHalfOpened = _ =>
                {
                    PublishingLog.CircuitHalfOpened(logger);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    PublishingLog.CircuitClosed(logger);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary><see cref="CircuitState.Closed"/> while sends succeed; <see cref="CircuitState.Open"/> while the relay leaves the broker alone.</summary>
    public CircuitState State => _state.CircuitState;

    /// <summary>The last send failure, or <c>null</c> when there has been none.</summary>
    public string? LastFailure => _lastFailure;

    /// <summary>Runs one send through the circuit; <c>null</c> when the circuit is open and the send was not attempted.</summary>
    internal async ValueTask<BatchDelivery?> SendAsync(Func<CancellationToken, Task<BatchDelivery>> send, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async token => await send(token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (BrokenCircuitException)
        {
            return null;
        }
    }

    private bool IsFailure(Outcome<object> outcome)
    {
        string? failure = outcome switch
        {
            { Exception: OperationCanceledException } => null,
            { Exception: { } ex } => ex.Message,
            { Result: BatchDelivery { Failure: { } reason } } => reason,
            _ => null,
        };
        if (failure is not null)
        {
            _lastFailure = failure;
        }

        return failure is not null;
    }
}
