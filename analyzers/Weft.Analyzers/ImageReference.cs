namespace Weft.Analyzers;

/// <summary>Whether a container image reference names its content (<c>…@sha256:</c> and 64 lowercase hex digits) rather than a movable tag.</summary>
internal static class ImageReference
{
    private const string DigestMarker = "@sha256:";
    private const int DigestLength = 64;

    public static bool IsPinned(string? reference)
    {
        if (reference is null)
        {
            return false;
        }

        var at = reference.LastIndexOf(DigestMarker);
        if (at <= 0 || reference.Length - at - DigestMarker.Length != DigestLength)
        {
            return false;
        }

        for (var i = at + DigestMarker.Length; i < reference.Length; i++)
        {
            var c = reference[i];
            if (!(c is >= '0' and <= '9' || c is >= 'a' and <= 'f'))
            {
                return false;
            }
        }

        return true;
    }
}
