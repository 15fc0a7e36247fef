using WireIngest.Core.Model;

namespace WireIngest.Core.Storage;

/// <summary>The subject of an outbox message: what happened to the article.</summary>
public static class MessageSubjects
{
    public const string Created = "article.created";
    public const string Updated = "article.updated";
    public const string Canceled = "article.canceled";
    public const string Withheld = "article.withheld";

    /// <summary>The subject for a version with the given <c>pubStatus</c>.</summary>
    public static string For(string pubStatus, int version) => pubStatus switch
    {
        PubStatuses.Canceled => Canceled,
        PubStatuses.Withheld => Withheld,
        _ => version == 1 ? Created : Updated,
    };
}
