using WireIngest.Core.Model;

namespace WireIngest.Core.Storage;

/// <summary>The subject of an outbox message: what happened to the article.</summary>
public static class MessageSubjects
{
    /// <summary>Version 1 of an article.</summary>
    public const string Created = "article.created";

    /// <summary>A later version of an article.</summary>
    public const string Updated = "article.updated";

    /// <summary>A kill or withdrawal: <c>pubStatus</c> canceled.</summary>
    public const string Canceled = "article.canceled";

    /// <summary>Do not publish (yet or any more): <c>pubStatus</c> withheld.</summary>
    public const string Withheld = "article.withheld";

    /// <summary>The subject for a version with the given <c>pubStatus</c>.</summary>
    public static string For(string pubStatus, int version) => pubStatus switch
    {
        PubStatuses.Canceled => Canceled,
        PubStatuses.Withheld => Withheld,
        _ => version == 1 ? Created : Updated,
    };
}
