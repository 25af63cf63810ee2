package id.cpmpos.ui.sound;

import java.io.ByteArrayOutputStream;

/**
 * What the counter sounds, each a different shape so a cashier who is looking at the customer
 * knows the result without looking at the screen: a short high beep when a code is read, rising
 * for approved, falling and low for declined (or not paid), three short pulses for pending.
 */
public enum Cue {
  SCAN(new Tone(1800, 60)), APPROVED(new Tone(880, 110), new Tone(1320, 160)), DECLINED(
      new Tone(440, 200), new Tone(311, 320)), PENDING(new Tone(660, 90), Tone.silence(70),
          new Tone(660, 90), Tone.silence(70), new Tone(660, 90));

  private final Tone[] tones;

  Cue(Tone... tones) {
    this.tones = tones;
  }

  /** The cue as 16-bit signed little-endian mono PCM at {@link Tone#SAMPLE_RATE}. */
  public byte[] pcm() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Tone t : tones) {
      out.writeBytes(t.pcm());
    }
    return out.toByteArray();
  }
}
