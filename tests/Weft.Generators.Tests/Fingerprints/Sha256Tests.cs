using System.Security.Cryptography;
using System.Text;
using Weft.Generators.Helpers;
using Xunit;

namespace Weft.Generators.Tests.Fingerprints;

public sealed class Sha256Tests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string> { string.Empty, "abc", "é and ü", "日本語のテキスト", "emoji 😀 pair", "lone \ud800 high", "lone \udc00 low", "end high \ud83d" };
        // Every length around the block and padding boundaries (55, 56, 64, 119, 120, 128 bytes).
        foreach (var length in new[] { 1, 54, 55, 56, 57, 63, 64, 65, 118, 119, 120, 121, 127, 128, 129, 1000 })
        {
            data.Add(new string('x', length));
            data.Add(new string('é', length));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Fingerprint_MatchesThePlatformSha256OfUtf8(string text)
    {
        var expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();

        Assert.Equal(expected, Hashing.Fingerprint(text));
    }

    [Fact]
    public void PiecesAppended_HashAsTheirConcatenation_AndTheHasherIsReusable()
    {
        var hasher = new Sha256();
        var pieces = hasher.Append("one ").Append('\n').Append("two 😀").FinishHex16();
        var again = hasher.Append("one \ntwo 😀").FinishHex16();

        Assert.Equal(Hashing.Fingerprint("one \ntwo 😀"), pieces);
        Assert.Equal(pieces, again);
    }
}
