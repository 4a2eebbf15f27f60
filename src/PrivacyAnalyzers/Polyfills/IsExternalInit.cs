namespace System.Runtime.CompilerServices
{
    /// <summary>
    /// Lets netstandard2.0 code declare records and <c>init</c> accessors: the compiler needs this type
    /// to exist, and only newer frameworks ship it. Internal, so no consumer sees a second copy.
    /// </summary>
    internal static class IsExternalInit
    {
    }
}
