// Mirrors https://docs.unity3d.com/ScriptReference/Object.html
// Mirrors https://docs.unity3d.com/ScriptReference/MonoBehaviour.html
// Mirrors https://docs.unity3d.com/ScriptReference/Texture.html
// Mirrors https://docs.unity3d.com/ScriptReference/AudioClip.html
// Mirrors https://docs.unity3d.com/ScriptReference/Debug.Log.html
// Unity's script API lives in namespace UnityEngine; the modules (UnityEngine.CoreModule, ...) are forwarded by
// the UnityEngine assembly that scripts reference. Members keep Unity's lowerCamel property names. Only the
// members realistic game code touches are stubbed.
using System.Collections;

namespace UnityEngine
{
    public class Object
    {
        public Object() => throw null!;

        public string name { get => throw null!; set => throw null!; }

        public static void Destroy(Object obj) => throw null!;
    }

    public class Component : Object
    {
        public Component() => throw null!;
    }

    public class Behaviour : Component
    {
        public Behaviour() => throw null!;

        public bool enabled { get => throw null!; set => throw null!; }
    }

    public class Coroutine
    {
        internal Coroutine() => throw null!;
    }

    public class MonoBehaviour : Behaviour
    {
        public MonoBehaviour() => throw null!;

        public Coroutine StartCoroutine(IEnumerator routine) => throw null!;
    }

    public class Texture : Object
    {
        protected Texture() => throw null!;

        public virtual int width { get => throw null!; set => throw null!; }

        public virtual int height { get => throw null!; set => throw null!; }
    }

    public sealed class AudioClip : Object
    {
        internal AudioClip() => throw null!;

        public float length => throw null!;

        public int frequency => throw null!;
    }

    public class WaitForSeconds
    {
        public WaitForSeconds(float seconds) => throw null!;
    }

    public class Debug
    {
        public Debug() => throw null!;

        public static void Log(object message) => throw null!;
    }
}
