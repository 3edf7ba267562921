from email.mime import MIMEAudio
