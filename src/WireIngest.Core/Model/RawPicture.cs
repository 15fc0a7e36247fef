namespace WireIngest.Core.Model;

/// <summary>A picture as an extractor found it, before its caption and credit are normalised.</summary>
/// <param name="Caption">Caption text as found; it may still hold a <c>FILE PHOTO:</c> lead-in, the credit and desk codes.</param>
/// <param name="Credit">Credit text found apart from the caption (a credit span, <c>data-*</c> attribute, G2 <c>creditline</c>), or <c>null</c>.</param>
/// <param name="Href">Image URL, when known.</param>
/// <param name="Photographer">Photographer from structured metadata (G2 <c>by</c>, NITF <c>media-producer</c>), or <c>null</c>.</param>
/// <param name="InBody">Shown by a wire item's body (an HTML <c>figure</c>) rather than declared by its metadata: such a picture
/// follows the declared ones and is dropped when it repeats one of them.</param>
public sealed record RawPicture(string? Caption, string? Credit = null, string? Href = null, string? Photographer = null, bool InBody = false);
