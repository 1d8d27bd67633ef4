variable "setting_0" {
  description = "Setting 0 of service 3"
  type        = string
  default     = "value-0-152"
}

variable "setting_1" {
  description = "Setting 1 of service 3"
  type        = string
  default     = "value-1-855"
}

variable "setting_2" {
  description = "Setting 2 of service 3"
  type        = string
  default     = "value-2-725"
}

variable "setting_3" {
  description = "Setting 3 of service 3"
  type        = string
  default     = "value-3-393"
}

variable "setting_4" {
  description = "Setting 4 of service 3"
  type        = string
  default     = "value-4-622"
}

variable "setting_5" {
  description = "Setting 5 of service 3"
  type        = string
  default     = "value-5-833"
}

variable "setting_6" {
  description = "Setting 6 of service 3"
  type        = string
  default     = "value-6-426"
}

variable "allowed_cidrs" {
  type    = list(string)
  default = ["100.64.0.0/10"]
}

variable "environment" {
  type    = string
  default = "prod"
}

