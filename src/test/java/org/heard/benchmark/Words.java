package org.heard.benchmark;

import java.util.SplittableRandom;

/** Plain-English answers of a given length, as a family's words read when an interviewer types them. */
final class Words {

    private static final String[] WORDS = ("the social worker listened to us and we felt that she understood what was"
                    + " happening at home with the children but sometimes it was hard to get hold of anyone when we"
                    + " needed help and the meetings were long and there were a lot of people in the room i did not"
                    + " know why they were there my son was worried about school and the family support worker came"
                    + " every week which really helped we were told about our rights at the start but nobody"
                    + " explained the plan properly until much later the manager rang me back when i complained and"
                    + " things got better after that trust took a long time because of what happened before")
            .split(" ");

    private Words() {}

    /** Sentences of random words, at least {@code length} characters long (give or take the last word). */
    static String text(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder(length + 16);
        boolean sentenceStart = true;
        while (text.length() < length) {
            String word = WORDS[random.nextInt(WORDS.length)];
            if (sentenceStart) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                sentenceStart = false;
            }
            text.append(word);
            if (random.nextInt(12) == 0) {
                text.append(". ");
                sentenceStart = true;
            } else {
                text.append(' ');
            }
        }
        return text.toString().trim();
    }
}
