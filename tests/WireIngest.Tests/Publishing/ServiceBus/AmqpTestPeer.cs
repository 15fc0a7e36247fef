using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Amqp;
using Amqp.Listener;

namespace WireIngest.Tests.Publishing.ServiceBus;

/// <summary>
/// A small AMQP 1.0 peer on loopback that the real Service Bus client talks to: SASL <c>MSSBCBS</c>, the <c>$cbs</c> token
/// exchange, entity links with a maximum message size, plain and batched transfers. It records what it received, in order,
/// and can refuse messages as the broker does when one is too large.
/// </summary>
internal sealed class AmqpTestPeer : IDisposable
{
    public const string SharedAccessKey = "dGVzdA==";

    private readonly ConcurrentQueue<PeerMessage> _received = new();
    private readonly ContainerHost _host;
    private int _transfers;
    private int _closed;

    private AmqpTestPeer(int port)
    {
        _host = new ContainerHost(new Address("127.0.0.1", port, null, null, "/", "amqp"));
        _host.Listeners[0].SASL.EnableMechanism(CbsSaslProfile.Name, new CbsSaslProfile());
        _host.RegisterRequestProcessor("$cbs", Cbs);
        _host.RegisterLinkProcessor(new EntityLinkProcessor(this));
        _host.Open();
        Port = port == 0 ? BoundPort(_host.Listeners[0]) : port;
    }

    /// <summary>The TCP port it listens on.</summary>
    public int Port { get; }

    /// <summary>The entity's maximum message size advertised on attach.</summary>
    public long MaxMessageSize { get; init; } = 256 * 1024;

    /// <summary>Messages to refuse with <c>amqp:link:message-size-exceeded</c>; a batch holding one is refused whole.</summary>
    public Func<PeerMessage, bool> ShouldReject { get; init; } = _ => false;

    public CbsRequestProcessor Cbs { get; } = new();

    /// <summary>What a client needs to reach it; <c>UseDevelopmentEmulator</c> means plain TCP to the port in the endpoint.</summary>
    public string ConnectionString => ConnectionStringFor(Port);

    /// <summary>Everything accepted so far, in arrival order.</summary>
    public IReadOnlyList<PeerMessage> Received => [.. _received];

    /// <summary>Starts a peer on a free port, or on <paramref name="port"/> (a restart at the address clients already know).</summary>
    public static AmqpTestPeer Start(int port = 0, long maxMessageSize = 256 * 1024, Func<PeerMessage, bool>? reject = null, int stopAfterTransfers = int.MaxValue) =>
        new(port) { MaxMessageSize = maxMessageSize, ShouldReject = reject ?? (_ => false), StopAfterTransfers = stopAfterTransfers };

    public static string ConnectionStringFor(int port, string key = SharedAccessKey) =>
        $"Endpoint=sb://127.0.0.1:{port};SharedAccessKeyName=test;SharedAccessKey={key};UseDevelopmentEmulator=true;";

    /// <summary>A port nothing listens on (a broker that is down).</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived (transfers complete asynchronously to the client's view).</summary>
    public async Task WaitForAsync(int count, CancellationToken cancellationToken)
    {
        while (_received.Count < count)
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    /// <summary>After this many accepted transfers the peer shuts itself down, as a broker that goes away mid-run.</summary>
    public int StopAfterTransfers { get; init; } = int.MaxValue;

    /// <summary>Transfers accepted (a batch is one transfer).</summary>
    public int Transfers => Volatile.Read(ref _transfers);

    internal void Record(IEnumerable<PeerMessage> messages)
    {
        Interlocked.Increment(ref _transfers);
        foreach (PeerMessage message in messages)
        {
            _received.Enqueue(message);
        }

        if (_transfers == StopAfterTransfers)
        {
            // Not on the connection's own thread: closing waits for it.
            _ = Task.Run(Dispose);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _closed, 1) == 0)
        {
            _host.Close();
        }
    }

    /// <summary>AMQPNetLite does not expose the bound port; the listener's socket is found by type, not by private field name.</summary>
    private static int BoundPort(object listener)
    {
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<(object Value, int Depth)>([(listener, 0)]);
        while (pending.Count > 0)
        {
            (object value, int depth) = pending.Dequeue();
            if (!seen.Add(value))
            {
                continue;
            }

            if (value is Socket { LocalEndPoint: IPEndPoint endpoint })
            {
                return endpoint.Port;
            }

            IEnumerable<object?> children = value is Array array
                ? array.Cast<object?>()
                : depth < 3 && value.GetType().Namespace?.StartsWith("Amqp", StringComparison.Ordinal) == true
                    ? value.GetType().GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public).Select(f => f.GetValue(value))
                    : [];
            foreach (object? child in children)
            {
                if (child is not null)
                {
                    pending.Enqueue((child, depth + 1));
                }
            }
        }

        throw new InvalidOperationException("The listener's socket was not found.");
    }
}
