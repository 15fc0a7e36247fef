namespace WireIngest.Core.Model;

/// <summary>One role of an end-of-story trailer, e.g. <c>Reporting by Arpan Varghese in Bengaluru</c>.</summary>
/// <param name="Role">Lower-case role: <c>reporting</c>, <c>additional reporting</c>, <c>writing</c>, <c>editing</c>, …</param>
/// <param name="Names">People, in order.</param>
/// <param name="Places">Places named with <c>in</c>, in order.</param>
public sealed record StoryCredit(string Role, IReadOnlyList<string> Names, IReadOnlyList<string> Places);
