# Declining a received referral (issue 13, item 6). Keys: StaffReferral_*, and the status word Staff_ReferralStatus_declined.
T = {
 "Staff_ReferralStatus_declined": ("Rifiutata", "Declined"),
 # An outgoing referral until the receiving hub reports it stored.
 "Staff_ReferralStatus_sent": ("Inviata, in attesa dell'altro hub", "Sent, waiting for the other hub"),
 "StaffReferral_Note": ("Nota dell'hub che la invia:", "Note from the referring hub:"),
 "StaffReferral_DeclineTitle": ("Non possiamo accoglierla: rifiuta con un motivo", "We cannot take it: decline with a reason"),
 "StaffReferral_Reason": ("Motivo del rifiuto", "Reason for declining"),
 "StaffReferral_ReasonHint": ("Resta nel nostro hub: alla rete arriva solo che la segnalazione è stata rifiutata, così l'hub che l'ha inviata può proporre un altro hub.", "It stays at our hub: the network hears only that the referral was declined, so the referring hub can suggest another one."),
 "StaffReferral_ReasonRequired": ("Scrivi il motivo del rifiuto.", "Write the reason for declining."),
 "StaffReferral_ReasonInvalid": ("Il motivo è troppo lungo (al massimo 1000 caratteri) o contiene caratteri non ammessi.", "The reason is too long (at most 1000 characters) or holds characters that are not allowed."),
 "StaffReferral_Decline": ("Rifiuta la segnalazione", "Decline the referral"),
 "StaffReferral_Declined": ("Segnalazione rifiutata: l'hub che l'ha inviata lo saprà tra pochi secondi.", "Referral declined: the referring hub will know in a few seconds."),
 "Staff_Reason_referral-not-open": ("La segnalazione non è più da accettare (forse un collega l'ha già prenotata o rifiutata): ricarica la pagina.", "The referral is no longer waiting (a colleague may have booked or declined it): reload the page."),
 "Staff_Reason_referral-being-booked": ("Un collega sta prenotando questa segnalazione proprio ora: ricarica la pagina tra poco.", "A colleague is booking this referral right now: reload the page in a moment."),
 "StaffReferral_DeclinedBecause": ("Rifiutata:", "Declined:"),
}
