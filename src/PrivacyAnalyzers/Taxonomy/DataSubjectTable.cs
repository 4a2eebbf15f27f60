using System.Collections.Immutable;

namespace PrivacyAnalyzers.Taxonomy
{
    /// <summary>
    /// The fideslang data subjects (whose data it is: <c>customer</c>, <c>employee</c>…), generated from the
    /// vendored <c>Fideslang/data_subjects.yml</c>, for outputs that name them (the Fides YAML's
    /// <c>data_subjects</c>) and for <c>DataSubjects</c> in the annotations assembly.
    /// </summary>
    internal static class DataSubjectTable
    {
        public static ImmutableArray<FidesKey> All { get; } = Fideslang.DataSubjects.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));

        /// <summary>Whether fideslang lists <paramref name="id"/> as a data subject.</summary>
        public static bool IsKnown(string id)
        {
            foreach (var subject in All)
            {
                if (subject.Key == id)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
