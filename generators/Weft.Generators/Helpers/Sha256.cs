using System;
using System.Runtime.CompilerServices;

namespace Weft.Generators.Helpers;

/// <summary>
/// SHA-256 (FIPS 180-4) fed incrementally with text as UTF-8, without building the text or its bytes first.
/// </summary>
/// <remarks>
/// The platform's SHA-256 is OpenSSL on Linux: a compiler process that loads it only for the generator pays for loading
/// and initializing it inside the generator's time, and every call needs the whole input as one byte array. This one
/// hashes the tokens of a declaration as they are walked, and gives the same digest as the platform for the same bytes.
/// An instance is reusable after <see cref="FinishHex16"/> and is not thread-safe.
/// </remarks>
internal sealed class Sha256
{
    private static readonly uint[] s_roundConstants =
    {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    };

    // No AggressiveOptimization: it keeps a method out of the ReadyToRun image, so a fresh compiler process paid for
    // compiling these three at full optimization before the first fingerprint; the image carries them optimized already.

    private readonly uint[] _state = new uint[8];
    private readonly uint[] _schedule = new uint[64];
    private readonly byte[] _block = new byte[64];
    private int _blockLength;
    private long _totalLength;
    private char _pendingHighSurrogate;

    public Sha256() => Reset();

    /// <summary>Starts a new digest.</summary>
    public void Reset()
    {
        _state[0] = 0x6a09e667;
        _state[1] = 0xbb67ae85;
        _state[2] = 0x3c6ef372;
        _state[3] = 0xa54ff53a;
        _state[4] = 0x510e527f;
        _state[5] = 0x9b05688c;
        _state[6] = 0x1f83d9ab;
        _state[7] = 0x5be0cd19;
        _blockLength = 0;
        _totalLength = 0;
        _pendingHighSurrogate = '\0';
    }

    /// <summary>Adds <paramref name="text"/> as UTF-8 (a lone surrogate as U+FFFD, as <see cref="System.Text.Encoding.UTF8"/> writes it).</summary>
    public Sha256 Append(string text)
    {
        // Source text is nearly all ASCII: one byte each, copied with the block and its length in locals rather than
        // through a call and three field updates per byte; the first other character leaves the rest to Append(char).
        var i = 0;
        if (_pendingHighSurrogate == '\0')
        {
            var block = _block;
            var length = _blockLength;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                if (c >= 0x80)
                {
                    break;
                }

                block[length++] = (byte)c;
                if (length == 64)
                {
                    Compress();
                    length = 0;
                }
            }

            _blockLength = length;
            _totalLength += i;
        }

        for (; i < text.Length; i++)
        {
            Append(text[i]);
        }

        return this;
    }

    /// <summary>Adds one UTF-16 code unit; a surrogate pair is encoded once both halves have been added.</summary>
    public Sha256 Append(char c)
    {
        if (_pendingHighSurrogate != '\0')
        {
            var high = _pendingHighSurrogate;
            _pendingHighSurrogate = '\0';
            if (char.IsLowSurrogate(c))
            {
                var codePoint = char.ConvertToUtf32(high, c);
                AppendByte((byte)(0xF0 | (codePoint >> 18)));
                AppendByte((byte)(0x80 | ((codePoint >> 12) & 0x3F)));
                AppendByte((byte)(0x80 | ((codePoint >> 6) & 0x3F)));
                AppendByte((byte)(0x80 | (codePoint & 0x3F)));
                return this;
            }

            AppendReplacement();
        }

        if (c < 0x80)
        {
            AppendByte((byte)c);
        }
        else if (c < 0x800)
        {
            AppendByte((byte)(0xC0 | (c >> 6)));
            AppendByte((byte)(0x80 | (c & 0x3F)));
        }
        else if (char.IsHighSurrogate(c))
        {
            _pendingHighSurrogate = c;
        }
        else if (char.IsLowSurrogate(c))
        {
            AppendReplacement();
        }
        else
        {
            AppendByte((byte)(0xE0 | (c >> 12)));
            AppendByte((byte)(0x80 | ((c >> 6) & 0x3F)));
            AppendByte((byte)(0x80 | (c & 0x3F)));
        }

        return this;
    }

    /// <summary>The first 16 hex digits (lower case) of the digest of everything added since the last reset; then resets.</summary>
    public string FinishHex16()
    {
        if (_pendingHighSurrogate != '\0')
        {
            _pendingHighSurrogate = '\0';
            AppendReplacement();
        }

        var bitLength = (ulong)_totalLength * 8;
        AppendByte(0x80);
        while (_blockLength != 56)
        {
            AppendByte(0);
        }

        for (var shift = 56; shift >= 0; shift -= 8)
        {
            AppendByte((byte)(bitLength >> shift));
        }

        var hex = new char[16];
        for (var i = 0; i < 8; i++)
        {
            var b = (byte)(_state[i / 4] >> (24 - (8 * (i % 4))));
            hex[2 * i] = HexDigit(b >> 4);
            hex[(2 * i) + 1] = HexDigit(b & 0xF);
        }

        Reset();
        return new string(hex);
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);

    private void AppendReplacement()
    {
        AppendByte(0xEF);
        AppendByte(0xBF);
        AppendByte(0xBD);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AppendByte(byte value)
    {
        _block[_blockLength++] = value;
        _totalLength++;
        if (_blockLength == 64)
        {
            Compress();
            _blockLength = 0;
        }
    }

    private void Compress()
    {
        var w = _schedule;
        var block = _block;
        for (var i = 0; i < 16; i++)
        {
            w[i] = ((uint)block[4 * i] << 24) | ((uint)block[(4 * i) + 1] << 16) | ((uint)block[(4 * i) + 2] << 8) | block[(4 * i) + 3];
        }

        for (var i = 16; i < 64; i++)
        {
            var s0 = RotateRight(w[i - 15], 7) ^ RotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
            var s1 = RotateRight(w[i - 2], 17) ^ RotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = unchecked(w[i - 16] + s0 + w[i - 7] + s1);
        }

        uint a = _state[0], b = _state[1], c = _state[2], d = _state[3], e = _state[4], f = _state[5], g = _state[6], h = _state[7];
        var k = s_roundConstants;
        for (var i = 0; i < 64; i++)
        {
            var sum1 = RotateRight(e, 6) ^ RotateRight(e, 11) ^ RotateRight(e, 25);
            var choose = (e & f) ^ (~e & g);
            var t1 = unchecked(h + sum1 + choose + k[i] + w[i]);
            var sum0 = RotateRight(a, 2) ^ RotateRight(a, 13) ^ RotateRight(a, 22);
            var majority = (a & b) ^ (a & c) ^ (b & c);
            var t2 = unchecked(sum0 + majority);
            h = g;
            g = f;
            f = e;
            e = unchecked(d + t1);
            d = c;
            c = b;
            b = a;
            a = unchecked(t1 + t2);
        }

        unchecked
        {
            _state[0] += a;
            _state[1] += b;
            _state[2] += c;
            _state[3] += d;
            _state[4] += e;
            _state[5] += f;
            _state[6] += g;
            _state[7] += h;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint RotateRight(uint value, int count) => (value >> count) | (value << (32 - count));
}
