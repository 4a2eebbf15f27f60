// Public only so the CLI and its tests reach it across assemblies (they cannot see this library's internals: its
// contract copies would clash with the analyzer's). The mutable lists are the merge's working form and PlistDictionary is
// Apple's own name (<dict>): MA0016 and CA1711 do not apply to this API.
#pragma warning disable MA0016, CA1711

using System.Globalization;
using System.Security;
using System.Xml;

namespace PrivacyAnalyzers.Manifests.Formats.Apple
{
    /// <summary>
    /// A property list value (Apple's XML plist, https://developer.apple.com/library/archive/documentation/Cocoa/Conceptual/PropertyLists/).
    /// Strings, booleans, arrays and dictionaries are what a privacy manifest uses; any other element
    /// (<c>integer</c>, <c>real</c>, <c>date</c>, <c>data</c>) is kept as read, so a user's entry is never lost.
    /// </summary>
    public abstract record PlistValue
    {
        /// <summary>What a reader calls the type: <c>string</c>, <c>boolean</c>, <c>array</c>, <c>dictionary</c>, …</summary>
        public abstract string TypeName { get; }
    }

    public sealed record PlistString(string Value) : PlistValue
    {
        public override string TypeName => "string";
    }

    public sealed record PlistBoolean(bool Value) : PlistValue
    {
        public override string TypeName => "boolean";
    }

    /// <summary>An element kept as written: its name and text.</summary>
    public sealed record PlistOther(string Element, string Text) : PlistValue
    {
        public override string TypeName => Element;
    }

    public sealed record PlistArray(List<PlistValue> Items) : PlistValue
    {
        public override string TypeName => "array";
    }

    /// <summary>A dictionary in the order its keys were written; keys are unique (the reader refuses duplicates).</summary>
    public sealed record PlistDictionary(List<KeyValuePair<string, PlistValue>> Entries) : PlistValue
    {
        public override string TypeName => "dictionary";

        public PlistValue? this[string key]
        {
            get
            {
                foreach (var entry in Entries)
                {
                    if (entry.Key == key)
                    {
                        return entry.Value;
                    }
                }

                return null;
            }
        }

        public void Set(string key, PlistValue value)
        {
            for (var i = 0; i < Entries.Count; i++)
            {
                if (Entries[i].Key == key)
                {
                    Entries[i] = new(key, value);
                    return;
                }
            }

            Entries.Add(new(key, value));
        }
    }

    /// <summary>A malformed property list: the file, the key (a path such as <c>NSPrivacyAccessedAPITypes[1].NSPrivacyAccessedAPIType</c>) and what is wrong.</summary>
    public sealed class PlistException(string message) : Exception(message);

    /// <summary>Reads and writes Apple's XML property lists, the format of PrivacyInfo.xcprivacy.</summary>
    public static class Plist
    {
        public const string Header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">";

        /// <summary>The root dictionary of a plist; a <see cref="PlistException"/> names <paramref name="file"/> and the key at fault.</summary>
        public static PlistDictionary ReadRootDictionary(string text, string file)
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true, IgnoreWhitespace = true };
            try
            {
                using var reader = XmlReader.Create(new StringReader(text), settings);
                reader.MoveToContent();
                if (reader.NodeType != XmlNodeType.Element || reader.Name != "plist")
                {
                    throw new PlistException($"{file}: not a property list: the root element is <{reader.Name}>, not <plist>");
                }

                if (!Advance(reader) || reader.NodeType != XmlNodeType.Element)
                {
                    throw new PlistException($"{file}: the property list is empty: it needs a <dict>");
                }

                var root = ReadValue(reader, file, "(root)");
                return root as PlistDictionary ?? throw new PlistException($"{file}: the root of the property list is {Article(root.TypeName)}, not a dictionary");
            }
            catch (XmlException exception)
            {
                throw new PlistException($"{file}: not a property list: {exception.Message}");
            }
        }

        /// <summary>The plist as XML, tab-indented as Xcode writes it; <paramref name="comments"/> go before the root dictionary.</summary>
        public static string Write(PlistDictionary root, IEnumerable<string> comments)
        {
            var lines = new Text.Lines();
            foreach (var line in Header.Split('\n'))
            {
                lines.Add(line);
            }

            lines.Add("<plist version=\"1.0\">");
            foreach (var comment in comments)
            {
                lines.Add(Comment(comment));
            }

            WriteValue(lines, root, 0);
            lines.Add("</plist>");
            return lines.ToString();
        }

        /// <summary>An XML comment, text as written (comments have no entities): only "--" cannot appear inside one.</summary>
        public static string Comment(string text) => "<!-- " + text.Replace("--", "- -", StringComparison.Ordinal) + " -->";

        private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;

        private static void WriteValue(Text.Lines lines, PlistValue value, int depth)
        {
            var indent = new string('\t', depth);
            switch (value)
            {
                case PlistString s:
                    lines.Add($"{indent}<string>{Escape(s.Value)}</string>");
                    break;
                case PlistBoolean b:
                    lines.Add(indent + (b.Value ? "<true/>" : "<false/>"));
                    break;
                case PlistOther o:
                    lines.Add($"{indent}<{o.Element}>{Escape(o.Text)}</{o.Element}>");
                    break;
                case PlistArray { Items.Count: 0 }:
                    lines.Add(indent + "<array/>");
                    break;
                case PlistArray a:
                    lines.Add(indent + "<array>");
                    foreach (var item in a.Items)
                    {
                        WriteValue(lines, item, depth + 1);
                    }

                    lines.Add(indent + "</array>");
                    break;
                case PlistDictionary { Entries.Count: 0 }:
                    lines.Add(indent + "<dict/>");
                    break;
                case PlistDictionary d:
                    lines.Add(indent + "<dict>");
                    foreach (var (key, item) in d.Entries)
                    {
                        lines.Add($"{indent}\t<key>{Escape(key)}</key>");
                        WriteValue(lines, item, depth + 1);
                    }

                    lines.Add(indent + "</dict>");
                    break;
            }
        }

        private static PlistValue ReadValue(XmlReader reader, string file, string path)
        {
            var name = reader.Name;
            var empty = reader.IsEmptyElement;
            switch (name)
            {
                case "true":
                case "false":
                    Advance(reader);
                    if (!empty)
                    {
                        ExpectEnd(reader, name, file, path);
                    }

                    return new PlistBoolean(name == "true");
                case "string":
                case "integer":
                case "real":
                case "date":
                case "data":
                    var text = empty ? string.Empty : reader.ReadElementContentAsString();
                    if (empty)
                    {
                        Advance(reader);
                    }

                    return name == "string" ? new PlistString(text) : new PlistOther(name, text.Trim());
                case "array":
                    var items = new List<PlistValue>();
                    Advance(reader);
                    if (!empty)
                    {
                        while (reader.NodeType == XmlNodeType.Element)
                        {
                            items.Add(ReadValue(reader, file, path + "[" + items.Count.ToString(CultureInfo.InvariantCulture) + "]"));
                        }

                        ExpectEnd(reader, name, file, path);
                    }

                    return new PlistArray(items);
                case "dict":
                    var entries = new List<KeyValuePair<string, PlistValue>>();
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    Advance(reader);
                    if (!empty)
                    {
                        while (reader.NodeType == XmlNodeType.Element)
                        {
                            if (reader.Name != "key")
                            {
                                throw new PlistException($"{file}: {path}: expected a <key> in the dictionary, found <{reader.Name}>");
                            }

                            var key = reader.ReadElementContentAsString();
                            var keyPath = path == "(root)" ? key : path + "." + key;
                            if (!seen.Add(key))
                            {
                                throw new PlistException($"{file}: duplicate key '{keyPath}'");
                            }

                            if (reader.NodeType != XmlNodeType.Element)
                            {
                                throw new PlistException($"{file}: key '{keyPath}' has no value");
                            }

                            entries.Add(new(key, ReadValue(reader, file, keyPath)));
                        }

                        ExpectEnd(reader, name, file, path);
                    }

                    return new PlistDictionary(entries);
                default:
                    throw new PlistException($"{file}: {path}: <{name}> is not a property list element");
            }
        }

        private static void ExpectEnd(XmlReader reader, string name, string file, string path)
        {
            if (reader.NodeType != XmlNodeType.EndElement || reader.Name != name)
            {
                throw new PlistException($"{file}: {path}: <{name}> is not closed where expected");
            }

            Advance(reader);
        }

        private static bool Advance(XmlReader reader)
        {
            if (!reader.Read())
            {
                return false;
            }

            reader.MoveToContent();
            return !reader.EOF;
        }

        private static string Article(string type) => (type.Length > 0 && "aeiou".Contains(type[0]) ? "an " : "a ") + type;
    }
}
