using System.Security.Cryptography;
using Weft.Storage;

namespace Weft.Tests.Storage;

/// <summary>
/// Content ids must not depend on which SHA-256 computed them: the managed one a short-lived step process uses and the
/// platform's (OpenSSL) give the same digest for every length, every padding case and every way of splitting the input.
/// </summary>
public sealed class ContentHashTests
{
    // Every length up to three blocks covers each padding case (the length field in the last block or in one more).
    public static TheoryData<int> Lengths()
    {
        var lengths = new TheoryData<int>();
        foreach (var length in Enumerable.Range(0, 200).Concat([447, 448, 511, 512, 1000, 4095, 4096, 4097, 65_536 + 7]))
        {
            lengths.Add(length);
        }

        return lengths;
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void ManagedSha256_MatchesThePlatform(int length)
    {
        var data = Bytes(length, seed: length);
        var managed = new byte[32];

        ManagedSha256.Hash(data, managed);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(data)), Convert.ToHexStringLower(managed));
    }

    [Fact]
    public void ManagedSha256_KnownAnswers()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Managed(""u8));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Managed("abc"u8));
        Assert.Equal("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", Managed("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"u8));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(100, 7)]
    [InlineData(ContentHash.ManagedLimit, 1000)]
    [InlineData(ContentHash.ManagedLimit + 1, 1000)]
    [InlineData(200_000, 4093)]
    public void ContentHasher_InPieces_GivesTheIdOfTheWhole(int length, int piece)
    {
        var data = Bytes(length, seed: 3);
        using var hasher = new ContentHasher();
        for (var offset = 0; offset < length; offset += piece)
        {
            hasher.Append(data.AsSpan(offset, Math.Min(piece, length - offset)));
        }

        var hash = new byte[32];
        hasher.GetHashAndReset(hash);

        Assert.Equal(ContentHash.Prefix + Convert.ToHexStringLower(SHA256.HashData(data)), ContentHash.Format(hash));
        Assert.Equal(ContentHash.Format(hash), ContentHash.Of(data));
    }

    [Fact]
    public void ContentHasher_AfterReset_HashesTheNextInputAlone()
    {
        using var hasher = new ContentHasher();
        var hash = new byte[32];
        hasher.Append(Bytes(50, seed: 1));
        hasher.GetHashAndReset(hash);

        hasher.Append("abc"u8);
        hasher.GetHashAndReset(hash);

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(hash));
    }

    private static string Managed(ReadOnlySpan<byte> data)
    {
        var hash = new byte[32];
        ManagedSha256.Hash(data, hash);
        return Convert.ToHexStringLower(hash);
    }

    private static byte[] Bytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
