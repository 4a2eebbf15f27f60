// Mirrors https://learn.microsoft.com/dotnet/api/android.speech.speechrecognizer
// Mirrors https://learn.microsoft.com/dotnet/api/android.speech.speechrecognizer.startlistening
// Mirrors https://learn.microsoft.com/dotnet/api/android.speech.irecognitionlistener
// Mirrors https://learn.microsoft.com/dotnet/api/android.speech.recognizerintent
// Mirrors https://developer.android.com/reference/android/speech/SpeechRecognizer#startListening(android.content.Intent)
namespace Android.Speech
{
    public class SpeechRecognizer : Java.Lang.Object
    {
        public const string ResultsRecognition = "results_recognition";

        internal SpeechRecognizer() => throw null!;

        public static SpeechRecognizer? CreateSpeechRecognizer(Android.Content.Context? context) => throw null!;

        public static bool IsRecognitionAvailable(Android.Content.Context context) => throw null!;

        public virtual void SetRecognitionListener(IRecognitionListener? listener) => throw null!;

        public virtual void StartListening(Android.Content.Intent? recognizerIntent) => throw null!;

        public virtual void StopListening() => throw null!;

        public virtual void Cancel() => throw null!;

        public virtual void Destroy() => throw null!;
    }

    public interface IRecognitionListener : Android.Runtime.IJavaObject
    {
        void OnReadyForSpeech(Android.OS.Bundle? @params);

        void OnResults(Android.OS.Bundle? results);

        void OnError(SpeechRecognizerError error);
    }

    public enum SpeechRecognizerError
    {
        NetworkTimeout = 1,
        Network = 2,
        Audio = 3,
        Server = 4,
        Client = 5,
        SpeechTimeout = 6,
        NoMatch = 7,
        RecognizerBusy = 8,
        InsufficientPermissions = 9,
    }

    public class RecognizerIntent : Java.Lang.Object
    {
        public const string ActionRecognizeSpeech = "android.speech.action.RECOGNIZE_SPEECH";
        public const string ExtraLanguageModel = "android.speech.extra.LANGUAGE_MODEL";
        public const string LanguageModelFreeForm = "free_form";

        internal RecognizerIntent() => throw null!;
    }
}
