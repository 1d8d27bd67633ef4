resource "aws_iam_role" "r33_0" {
  name = "${local.name}-33-0"
  tags = merge(local.tags, { part = "33" })
  description = "generated resource 88472 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r33_1" {
  name = "${local.name}-33-1"
  tags = merge(local.tags, { part = "33" })
  description = "generated resource 39717 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r33_2" {
  name = "${local.name}-33-2"
  tags = merge(local.tags, { part = "33" })
  description = "generated resource 43077 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r33_3" {
  name = "${local.name}-33-3"
  tags = merge(local.tags, { part = "33" })
  description = "generated resource 38796 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r33_4" {
  name = "${local.name}-33-4"
  tags = merge(local.tags, { part = "33" })
  description = "generated resource 28638 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r33_5" {
  name = "${local.name}-33-5"
  tags = merge(local.tags, { part = "33" })
  description = "generated resource 87954 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r33_6" {
  name = "${local.name}-33-6"
  tags = merge(local.tags, { part = "33" })
  description = "generated resource 66439 for benchmarks; mentions 0.0.0.0/0 only in text"
}

