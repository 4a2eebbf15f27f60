// Public only so the CLI and its tests reach it across assemblies (they cannot see this library's internals: its
// contract copies would clash with the analyzer's). The mutable lists are the merge's working form and PlistDictionary is
// Apple's own name (<dict>): MA0016 and CA1711 do not apply to this API.
#pragma warning disable MA0016, CA1711

using System.Globalization;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Manifests.Formats.Apple
{
    /// <summary>
    /// Merges what the code needs into a project's own PrivacyInfo.xcprivacy. The user's file is the base:
    /// nothing in it is removed or reordered; categories, reasons, data types, purposes and domains the code
    /// needs are added; where the two disagree the result says what the code needs (tracking, linked) and a
    /// comment says so. Entries that are not Apple's documented keys or values are kept as written, and
    /// said in a comment too.
    /// </summary>
    public static class XcPrivacyMerge
    {
        /// <summary>Refuses a file whose known keys hold the wrong types, naming the file and the key.</summary>
        public static void Validate(PlistDictionary root, string file)
        {
            foreach (var (key, value) in root.Entries)
            {
                if (XcPrivacyKeys.TopLevel.TryGetValue(key, out var expected))
                {
                    Expect(value, expected, file, key);
                }
            }

            if (root[XcPrivacyKeys.TrackingDomains] is PlistArray domains)
            {
                ExpectItems(domains, "string", file, XcPrivacyKeys.TrackingDomains);
            }

            ValidateEntries(root, XcPrivacyKeys.CollectedDataTypes, XcPrivacyKeys.CollectedDataTypeKeys, XcPrivacyKeys.CollectedDataTypePurposes, file);
            ValidateEntries(root, XcPrivacyKeys.AccessedApiTypes, XcPrivacyKeys.AccessedApiTypeKeys, XcPrivacyKeys.AccessedApiTypeReasons, file);
        }

        public static PlistDictionary Merge(PlistDictionary theirs, PlistDictionary ours, List<string> comments)
        {
            var result = theirs;
            foreach (var (key, _) in theirs.Entries)
            {
                if (!XcPrivacyKeys.TopLevel.ContainsKey(key))
                {
                    comments.Add($"Conflict: '{key}' in the existing manifest is not one of Apple's documented keys ({XcPrivacyKeys.Documentation}): kept as written.");
                }
            }

            // Tracking: the code's true wins over the file's false; the file's true stays.
            var oursTracking = ours[XcPrivacyKeys.Tracking] is PlistBoolean { Value: true };
            if (result[XcPrivacyKeys.Tracking] is PlistBoolean existingTracking)
            {
                if (oursTracking && !existingTracking.Value)
                {
                    comments.Add("Conflict: the existing manifest says NSPrivacyTracking false, but a declared purpose is tracking: now true.");
                    result.Set(XcPrivacyKeys.Tracking, new PlistBoolean(true));
                }
            }
            else
            {
                result.Set(XcPrivacyKeys.Tracking, new PlistBoolean(oursTracking));
            }

            Union(result, XcPrivacyKeys.TrackingDomains, (PlistArray)ours[XcPrivacyKeys.TrackingDomains]!);

            var collected = Array(result, XcPrivacyKeys.CollectedDataTypes);
            foreach (var type in ((PlistArray)ours[XcPrivacyKeys.CollectedDataTypes]!).Items.Cast<PlistDictionary>())
            {
                var name = ((PlistString)type[XcPrivacyKeys.CollectedDataType]!).Value;
                var existing = Find(collected, XcPrivacyKeys.CollectedDataType, name);
                if (existing is null)
                {
                    collected.Items.Add(type);
                    continue;
                }

                Union(existing, XcPrivacyKeys.CollectedDataTypePurposes, (PlistArray)type[XcPrivacyKeys.CollectedDataTypePurposes]!);
                foreach (var flag in new[] { XcPrivacyKeys.CollectedDataTypeLinked, XcPrivacyKeys.CollectedDataTypeTracking })
                {
                    var needed = type[flag] is PlistBoolean { Value: true };
                    if (existing[flag] is not PlistBoolean current)
                    {
                        existing.Set(flag, new PlistBoolean(needed));
                    }
                    else if (needed && !current.Value)
                    {
                        comments.Add($"Conflict: {name}: the existing manifest says {flag} false, but the code needs true: now true.");
                        existing.Set(flag, new PlistBoolean(true));
                    }
                }
            }

            var accessed = Array(result, XcPrivacyKeys.AccessedApiTypes);
            for (var i = 0; i < accessed.Items.Count; i++)
            {
                if (accessed.Items[i] is PlistDictionary { } entry && entry[XcPrivacyKeys.AccessedApiType] is PlistString category)
                {
                    var codes = RequiredReasonInfo.ReasonsOf(category.Value);
                    if (codes.IsEmpty)
                    {
                        comments.Add(string.Create(CultureInfo.InvariantCulture, $"Conflict: NSPrivacyAccessedAPITypes[{i}]: '{category.Value}' is not one of Apple's required-reason categories ({RequiredReasonInfo.Documentation}): kept as written."));
                    }
                    else if (entry[XcPrivacyKeys.AccessedApiTypeReasons] is PlistArray reasons)
                    {
                        foreach (var reason in reasons.Items.OfType<PlistString>().Where(r => !codes.Contains(r.Value, StringComparer.Ordinal)))
                        {
                            comments.Add(string.Create(CultureInfo.InvariantCulture, $"Conflict: NSPrivacyAccessedAPITypes[{i}]: '{reason.Value}' is not a reason code of {category.Value}: kept as written."));
                        }
                    }
                }
            }

            foreach (var entry in ((PlistArray)ours[XcPrivacyKeys.AccessedApiTypes]!).Items.Cast<PlistDictionary>())
            {
                var category = ((PlistString)entry[XcPrivacyKeys.AccessedApiType]!).Value;
                var existing = Find(accessed, XcPrivacyKeys.AccessedApiType, category);
                if (existing is null)
                {
                    accessed.Items.Add(entry);
                }
                else
                {
                    Union(existing, XcPrivacyKeys.AccessedApiTypeReasons, (PlistArray)entry[XcPrivacyKeys.AccessedApiTypeReasons]!);
                }
            }

            return result;
        }

        private static void ValidateEntries(PlistDictionary root, string key, IReadOnlyDictionary<string, string> keys, string listKey, string file)
        {
            if (root[key] is not PlistArray array)
            {
                return;
            }

            for (var i = 0; i < array.Items.Count; i++)
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"{key}[{i}]");
                Expect(array.Items[i], "dictionary", file, path);
                var entry = (PlistDictionary)array.Items[i];
                foreach (var (entryKey, value) in entry.Entries)
                {
                    if (keys.TryGetValue(entryKey, out var expected))
                    {
                        Expect(value, expected, file, path + "." + entryKey);
                    }
                }

                if (entry[listKey] is PlistArray list)
                {
                    ExpectItems(list, "string", file, path + "." + listKey);
                }
            }
        }

        private static void Expect(PlistValue value, string type, string file, string key)
        {
            if (value.TypeName != type)
            {
                throw new PlistException($"{file}: key '{key}' holds {Article(value.TypeName)}, where Apple's format has {Article(type)} ({XcPrivacyKeys.Documentation})");
            }
        }

        private static void ExpectItems(PlistArray array, string type, string file, string key)
        {
            for (var i = 0; i < array.Items.Count; i++)
            {
                Expect(array.Items[i], type, file, string.Create(CultureInfo.InvariantCulture, $"{key}[{i}]"));
            }
        }

        private static PlistArray Array(PlistDictionary root, string key)
        {
            if (root[key] is PlistArray array)
            {
                return array;
            }

            array = new PlistArray([]);
            root.Set(key, array);
            return array;
        }

        private static PlistDictionary? Find(PlistArray array, string key, string value)
            => array.Items.OfType<PlistDictionary>().FirstOrDefault(d => d[key] is PlistString s && s.Value == value);

        /// <summary>Adds the strings of <paramref name="more"/> the array lacks, after the ones it has.</summary>
        private static void Union(PlistDictionary owner, string key, PlistArray more)
        {
            var array = Array(owner, key);
            foreach (var item in more.Items.OfType<PlistString>())
            {
                if (!array.Items.OfType<PlistString>().Any(s => s.Value == item.Value))
                {
                    array.Items.Add(item);
                }
            }
        }

        private static string Article(string type) => (type.Length > 0 && "aeiou".Contains(type[0]) ? "an " : "a ") + type;
    }
}
