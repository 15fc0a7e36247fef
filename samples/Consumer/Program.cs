using Azure.Identity;
using Azure.Messaging.ServiceBus;
using WireIngest.Samples.Consumer;

// Same settings as the worker: the namespace (DefaultAzureCredential) or the connection string, from the environment.
string? connectionString = Environment.GetEnvironmentVariable("WireIngest__ServiceBus__ConnectionString");
string? fullyQualifiedNamespace = Environment.GetEnvironmentVariable("WireIngest__ServiceBus__FullyQualifiedNamespace");
string queue = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("WireIngest__ServiceBus__QueueName") ?? "articles";
if (string.IsNullOrWhiteSpace(connectionString) && string.IsNullOrWhiteSpace(fullyQualifiedNamespace))
{
    await Console.Error.WriteLineAsync("Set WireIngest__ServiceBus__FullyQualifiedNamespace or WireIngest__ServiceBus__ConnectionString.");
    return 1;
}

await using ServiceBusClient client = string.IsNullOrWhiteSpace(connectionString)
    ? new ServiceBusClient(fullyQualifiedNamespace, new DefaultAzureCredential())
    : new ServiceBusClient(connectionString);

// One message at a time keeps the output in queue order; a real pipeline raises MaxConcurrentCalls or uses sessions.
await using ServiceBusProcessor processor = client.CreateProcessor(queue, new ServiceBusProcessorOptions { AutoCompleteMessages = false, MaxConcurrentCalls = 1 });
processor.ProcessMessageAsync += async args =>
{
    ServiceBusReceivedMessage message = args.Message;
    ArticleSummary article = ArticleSummary.Read(message.Body);
    message.ApplicationProperties.TryGetValue("agency", out object? agency);
    message.ApplicationProperties.TryGetValue("version", out object? version);
    Console.WriteLine($"{message.Subject} v{version} [{agency ?? "?"}] {article.Headline}");
    Console.WriteLine($"  by:       {article.Byline ?? "-"}");
    Console.WriteLine($"  dateline: {article.Dateline ?? "-"}");
    Console.WriteLine($"  credit:   {(article.PictureCredits.Count > 0 ? string.Join(" | ", article.PictureCredits) : "-")}");
    // Completed only after handling: a crash before this line gets the message delivered again.
    await args.CompleteMessageAsync(message, args.CancellationToken);
};
processor.ProcessErrorAsync += args =>
{
    Console.Error.WriteLine($"{args.ErrorSource}: {args.Exception.Message}");
    return Task.CompletedTask;
};

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

await processor.StartProcessingAsync(stop.Token);
Console.Error.WriteLine($"Receiving from {queue}; Ctrl+C stops.");
try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
    // Ctrl+C: stop below.
}

await processor.StopProcessingAsync();
return 0;
