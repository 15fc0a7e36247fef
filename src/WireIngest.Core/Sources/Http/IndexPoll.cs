using WireIngest.Core.Storage;

namespace WireIngest.Core.Sources.Http;

/// <summary>
/// One index read in one poll. Its validators may be saved only once every item it yielded has a committed outcome and none
/// failed transiently: until then a 304 would hide items that still need fetching.
/// </summary>
internal sealed class IndexPoll(string url, HttpValidators validators, bool saveable)
{
    private readonly Lock _gate = new();
    private int _outstanding;
    private bool _enumerated;
    private bool _incomplete;
    private bool _claimed;

    public string Url => url;

    public HttpValidators Validators => validators;

    /// <summary>An item was handed out.</summary>
    public void Add()
    {
        lock (_gate)
        {
            _outstanding++;
        }
    }

    /// <summary>An item could not be handled this poll.</summary>
    public void MarkIncomplete()
    {
        lock (_gate)
        {
            _incomplete = true;
        }
    }

    /// <summary>An item handed out was committed (or abandoned); <c>true</c> when the caller must now save the validators.</summary>
    public bool Finish(bool committed)
    {
        lock (_gate)
        {
            _outstanding--;
            _incomplete |= !committed;
            return Claim();
        }
    }

    /// <summary>Every item was looked at; <c>true</c> when the caller must now save the validators.</summary>
    public bool MarkEnumerated()
    {
        lock (_gate)
        {
            _enumerated = true;
            return Claim();
        }
    }

    private bool Claim()
    {
        if (!saveable || validators.IsEmpty || _claimed || _incomplete || !_enumerated || _outstanding > 0)
        {
            return false;
        }

        _claimed = true;
        return true;
    }
}
