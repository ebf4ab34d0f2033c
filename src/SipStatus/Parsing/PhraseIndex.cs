using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace SipStatus.Parsing;

/// <summary>
/// Every wording of every code (registry phrase and aliases) under the comparison rule of <see cref="PhraseKey"/>,
/// in an open-addressing hash table that is probed straight from the caller's characters: a lookup folds and hashes
/// the input as it reads it, so it allocates nothing and needs no normalised copy.
/// </summary>
internal static unsafe class PhraseIndex
{
    private static readonly Entry[] s_entries;
    private static readonly int[] s_slots; // index into s_entries + 1; 0 is empty
    private static readonly int s_mask;

    static PhraseIndex()
    {
        // SipStatusCatalog.All is in ascending code order, so every list below is too.
        var byKey = new Dictionary<string, List<SipStatusInfo>>(StringComparer.Ordinal);
        foreach (var info in SipStatusCatalog.All)
        {
            Add(byKey, info.ReasonPhrase, info);
            foreach (var alias in info.Aliases)
            {
                Add(byKey, alias, info);
            }
        }

        s_entries = new Entry[byKey.Count];
        var size = 1;
        while (size < byKey.Count * 4)
        {
            size <<= 1;
        }

        s_slots = new int[size];
        s_mask = size - 1;
        var n = 0;
        foreach (var pair in byKey)
        {
            fixed (char* key = pair.Key)
            {
                var hash = Hash(key, pair.Key.Length);
                s_entries[n] = new Entry(pair.Key, hash, new ReadOnlyCollection<SipStatusInfo>(pair.Value.ToArray()));
                var slot = (int)hash & s_mask;
                while (s_slots[slot] != 0)
                {
                    slot = (slot + 1) & s_mask;
                }

                s_slots[slot] = ++n;
            }
        }
    }

    /// <summary>The codes that <paramref name="length"/> characters at <paramref name="phrase"/> name, or null.</summary>
    public static IReadOnlyList<SipStatusInfo>? Find(char* phrase, int length)
    {
        var hash = Hash(phrase, length);
        for (var slot = (int)hash & s_mask; s_slots[slot] != 0; slot = (slot + 1) & s_mask)
        {
            var entry = s_entries[s_slots[slot] - 1];
            if (entry.Hash == hash && Matches(entry.Key, phrase, length))
            {
                return entry.Codes;
            }
        }

        return null;
    }

    /// <summary>FNV-1a over the significant characters, folded.</summary>
    private static uint Hash(char* text, int length)
    {
        var hash = 2166136261u;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (PhraseKey.IsSignificant(c))
            {
                hash = (hash ^ PhraseKey.Fold(c)) * 16777619u;
            }
        }

        return hash;
    }

    /// <summary>Whether the significant characters of the input, folded, are exactly <paramref name="key"/>.</summary>
    private static bool Matches(string key, char* text, int length)
    {
        var k = 0;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (!PhraseKey.IsSignificant(c))
            {
                continue;
            }

            if (k == key.Length || key[k] != PhraseKey.Fold(c))
            {
                return false;
            }

            k++;
        }

        return k == key.Length;
    }

    private static void Add(Dictionary<string, List<SipStatusInfo>> byKey, string wording, SipStatusInfo info)
    {
        var key = PhraseKey.Of(wording);
        if (!byKey.TryGetValue(key, out var list))
        {
            byKey[key] = list = new List<SipStatusInfo>();
        }

        if (!list.Contains(info))
        {
            list.Add(info);
        }
    }

    private readonly struct Entry
    {
        public Entry(string key, uint hash, IReadOnlyList<SipStatusInfo> codes)
        {
            Key = key;
            Hash = hash;
            Codes = codes;
        }

        public string Key { get; }

        public uint Hash { get; }

        public IReadOnlyList<SipStatusInfo> Codes { get; }
    }
}
