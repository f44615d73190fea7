# The notice after signing in again when a form was sent with an ended session (issue 13, bad input). Keys: Session_*.
T = {
 "Session_Expired_Title": ("La sessione era scaduta: quello che avevi scritto non è stato salvato.", "Your session had ended: what you had typed was not saved."),
 "Session_Expired_Body": ("Hai effettuato di nuovo l'accesso. Inserisci di nuovo i dati nel modulo qui sotto e invialo.", "You are signed in again. Enter the details in the form below once more and send it."),
}
