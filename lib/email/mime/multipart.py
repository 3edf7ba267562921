from email.mime import MIMEMultipart
