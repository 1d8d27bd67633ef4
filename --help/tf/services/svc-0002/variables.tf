variable "setting_0" {
  description = "Setting 0 of service 2"
  type        = string
  default     = "value-0-606"
}

variable "setting_1" {
  description = "Setting 1 of service 2"
  type        = string
  default     = "value-1-235"
}

variable "setting_2" {
  description = "Setting 2 of service 2"
  type        = string
  default     = "value-2-135"
}

variable "setting_3" {
  description = "Setting 3 of service 2"
  type        = string
  default     = "value-3-463"
}

variable "setting_4" {
  description = "Setting 4 of service 2"
  type        = string
  default     = "value-4-844"
}

variable "setting_5" {
  description = "Setting 5 of service 2"
  type        = string
  default     = "value-5-504"
}

variable "setting_6" {
  description = "Setting 6 of service 2"
  type        = string
  default     = "value-6-343"
}

variable "setting_7" {
  description = "Setting 7 of service 2"
  type        = string
  default     = "value-7-8"
}

variable "setting_8" {
  description = "Setting 8 of service 2"
  type        = string
  default     = "value-8-938"
}

variable "setting_9" {
  description = "Setting 9 of service 2"
  type        = string
  default     = "value-9-996"
}

variable "setting_10" {
  description = "Setting 10 of service 2"
  type        = string
  default     = "value-10-627"
}

variable "allowed_cidrs" {
  type    = list(string)
  default = ["100.64.0.0/10"]
}

variable "environment" {
  type    = string
  default = "prod"
}

