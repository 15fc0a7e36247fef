namespace WireIngest.Core.Model;

/// <summary>A parsed picture credit such as <c>REUTERS/Alina Smutko/File Photo</c>.</summary>
/// <param name="Raw">The credit as found, once (a syndicator's repeat is dropped).</param>
/// <param name="Agency">Canonical agency, or <c>null</c>.</param>
/// <param name="Photographer">Photographer in normal case, or <c>null</c>.</param>
/// <param name="FilePhoto">The picture is a file photo.</param>
/// <param name="Pool">A pool picture.</param>
/// <param name="Handout">A handout picture.</param>
public sealed record ImageCredit(string Raw, string? Agency, string? Photographer, bool FilePhoto, bool Pool, bool Handout);
